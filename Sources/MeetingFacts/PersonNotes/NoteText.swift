/// A note as lines that keep their own endings. Splitting works on bytes, because Swift reads
/// `"\r\n"` as one character; joining the lines gives back the exact bytes read.
public struct NoteText: Sendable, Equatable {
    public var lines: [NoteLine]
    /// The ending given to added lines: CRLF when the note already uses it.
    public var newline: String

    public init(_ text: String) {
        var lines: [NoteLine] = []
        let bytes = Array(text.utf8)
        var start = 0
        var sawCRLF = false
        for index in bytes.indices where bytes[index] == 0x0A {
            var contentEnd = index
            var ending = "\n"
            if contentEnd > start, bytes[contentEnd - 1] == 0x0D {
                contentEnd -= 1
                ending = "\r\n"
                sawCRLF = true
            }
            lines.append(NoteLine(String(decoding: bytes[start..<contentEnd], as: UTF8.self), ending: ending))
            start = index + 1
        }
        if start < bytes.count {
            lines.append(NoteLine(String(decoding: bytes[start...], as: UTF8.self), ending: ""))
        }
        self.lines = lines
        self.newline = sawCRLF ? "\r\n" : "\n"
    }

    public var text: String { lines.map { $0.content + $0.ending }.joined() }

    /// Inserts lines before `index`, giving them the note's line ending; a last line that had no
    /// ending gets one, and the new last line goes without, as the note did.
    public mutating func insert(_ contents: [String], at index: Int) {
        guard !contents.isEmpty else { return }
        var added = contents.map { NoteLine($0, ending: newline) }
        if index == lines.count, let last = lines.last, last.ending.isEmpty {
            lines[lines.count - 1].ending = newline
            added[added.count - 1].ending = ""
        }
        lines.insert(contentsOf: added, at: index)
    }

    /// The index of the line closing the frontmatter, when the note starts with one. Fences are
    /// read as the note reader reads them, trailing spaces allowed ("---  " after an editor's
    /// rewrite): otherwise an edit would open a second frontmatter above the first (found by
    /// `make soak`).
    public var frontmatterEnd: Int? {
        guard lines.first?.content.trimmingTrailingWhitespace() == "---" else { return nil }
        return lines.indices.dropFirst().first {
            let fence = lines[$0].content.trimmingTrailingWhitespace()
            return fence == "---" || fence == "..."
        }
    }

    /// Whether line `index` is inside a fenced code block (where `## ` is not a heading).
    public func fencedLines() -> FencedLines {
        var fenced = FencedLines()
        var inside = false
        for (index, line) in lines.enumerated() {
            if NoteText.isFence(line.content) {
                fenced.insert(index, count: lines.count)
                inside.toggle()
            } else if inside {
                fenced.insert(index, count: lines.count)
            }
        }
        return fenced
    }

    /// The line opening the code fence still open just before line `index` (for `lines.count`: a
    /// fence never closed), else nil. Obsidian shows a fence's lines as code, so nothing is added inside one.
    public func fenceOpening(before index: Int) -> Int? {
        var open: Int?
        for (position, line) in lines.prefix(index).enumerated() where NoteText.isFence(line.content) {
            open = open == nil ? position : nil
        }
        return open
    }

    /// Whether a line opens or closes a code fence: "```" or "~~~" after leading spaces, compared
    /// as characters (a combining mark on the third "`" makes it another character). The merge
    /// asks this of every line many times over, so the bytes answer when the marks and the byte
    /// after them are ASCII, which needs no grapheme breaking; anything else goes to characters.
    static func isFence(_ content: String) -> Bool {
        let utf8 = content.utf8
        // Most lines start with another ASCII byte: no fence, whatever follows.
        guard let lead = utf8.first, lead == 0x20 || lead == UInt8(ascii: "`") || lead == UInt8(ascii: "~") || lead >= 0x80 else {
            return false
        }
        guard var index = utf8.firstIndex(where: { $0 != 0x20 }) else { return false }
        let mark = utf8[index]
        var count = 0
        // The three marks and the byte after them.
        while index < utf8.endIndex, count < 4 {
            let byte = utf8[index]
            if byte >= 0x80 {
                let trimmed = content.drop { $0 == " " }
                return trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~")
            }
            if count < 3, byte != mark { return false }
            count += 1
            index = utf8.index(after: index)
        }
        return count >= 3 && (mark == UInt8(ascii: "`") || mark == UInt8(ascii: "~"))
    }
}
