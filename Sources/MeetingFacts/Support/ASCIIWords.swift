/// Words of a plain ASCII text read off its UTF-8 bytes: split at ASCII white space (tab, line
/// feed, vertical tab, form feed, carriage return, space — exactly the ASCII characters for which
/// `Character.isWhitespace` holds), without forming a single Character. Every function returns nil
/// for a text with a byte of 0x80 or above, which the caller then reads by Characters.
enum ASCIIWords {
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    /// The words, as `split(whereSeparator: \.isWhitespace)` gives them.
    static func words(of text: inout String) -> [String]? {
        text.withUTF8 { bytes -> [String]? in
            var words: [String] = []
            var start = -1
            for (offset, byte) in bytes.enumerated() {
                if byte >= 0x80 { return nil }
                if isSpace(byte) {
                    if start >= 0 { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)) }
                    start = -1
                } else if start < 0 {
                    start = offset
                }
            }
            if start >= 0 { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
            return words
        }
    }

    /// The words lower-cased and joined by single spaces: `words(of: text.lowercased())` joined.
    static func key(of text: inout String) -> String? {
        text.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { output in
                var count = 0
                var pendingSpace = false
                for byte in bytes {
                    if isSpace(byte) {
                        pendingSpace = count > 0
                        continue
                    }
                    if pendingSpace {
                        output[count] = 0x20
                        count += 1
                        pendingSpace = false
                    }
                    output[count] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                    count += 1
                }
                return count
            }
        }
    }
}
