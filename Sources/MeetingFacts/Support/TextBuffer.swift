/// A text held as UTF-8 bytes with its line starts, so rules match on bytes and every match
/// turns into a line number and a substring without rescanning.
public final class TextBuffer: @unchecked Sendable {
    public let string: String
    public let bytes: [UInt8]
    /// Byte offset of the start of each line; `lineStarts[0] == 0`.
    public let lineStarts: [Int]

    public init(_ string: String) {
        self.string = string
        bytes = Array(string.utf8)
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    public var count: Int { bytes.count }

    /// The 1-based line holding byte `offset`.
    public func line(at offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    /// The byte range of 1-based `line`, without its line break.
    public func range(ofLine line: Int) -> Range<Int> {
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start && bytes[end - 1] == 0x0D { end -= 1 }
        return start..<max(start, end)
    }

    public func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: UTF8.self)
    }

    /// The sentence around `range`: from the previous sentence end (. ! ? or a line break, and
    /// `;` unless `wholeSentence`) to the next one. Clauses serve cues such as the tense around a
    /// date; whole sentences serve facts.
    public func sentence(around range: Range<Int>, wholeSentence: Bool = false) -> Range<Int> {
        func isBoundary(_ index: Int) -> Bool {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x3B && !wholeSentence) { return true }
            if byte == 0x2E || byte == 0x21 || byte == 0x3F {
                // A full stop ends a sentence only before white space or the end (not in 2.5 or e.g.).
                return index + 1 >= bytes.count || bytes[index + 1] == 0x20 || bytes[index + 1] == 0x0A
            }
            return false
        }
        var start = range.lowerBound
        while start > 0 && !isBoundary(start - 1) { start -= 1 }
        var end = range.upperBound
        while end < bytes.count && !isBoundary(end) { end += 1 }
        return start..<end
    }
}
