import Foundation

/// The words of a text as name keys compare them — lower-cased, accents folded, split at anything
/// that is not a letter or digit ("Jai’s" holds "jai", "Kincaid-Smith" holds "kincaid" and
/// "smith"), one letter dropped — and a search for any of a set of such words in a file's bytes
/// with no allocation per word: a word is compared by a 64-bit hash of its lower-cased bytes.
/// A hash collision can only report a word that is not there, never miss one.
public struct NameWordIndex: Sendable {
    private let hashes: Set<UInt64>
    private let lengths: Set<Int>

    public init(words: Set<String>) {
        hashes = Set(words.map { NameWordIndex.hash($0.utf8) })
        lengths = Set(words.map(\.utf8.count))
    }

    public var isEmpty: Bool { hashes.isEmpty }

    /// The words of `text`, as the index compares them.
    public static func words(in text: String) -> Set<String> {
        var words = Set<String>()
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            NameWordIndex.runs(in: bytes) { run, ascii in
                if ascii {
                    words.insert(String(decoding: run.map(NameWordIndex.lowered), as: UTF8.self))
                } else {
                    words.formUnion(folded(String(decoding: run, as: UTF8.self)))
                }
                return false
            }
        }
        return words
    }

    /// Whether `data` (a note's UTF-8 text) holds one of the index's words.
    public func occurs(in data: Data) -> Bool {
        guard !hashes.isEmpty else { return false }
        return data.withUnsafeBytes { raw in
            var found = false
            NameWordIndex.runs(in: raw.bindMemory(to: UInt8.self)) { run, ascii in
                if ascii {
                    found = lengths.contains(run.count) && hashes.contains(NameWordIndex.hash(run))
                } else {
                    found = NameWordIndex.folded(String(decoding: run, as: UTF8.self)).contains {
                        hashes.contains(NameWordIndex.hash($0.utf8))
                    }
                }
                return found
            }
            return found
        }
    }

    /// Calls `body` with each run of letters and digits, or of bytes of 0x80 and above mixed with
    /// them, and whether the run is plain ASCII; stops when it returns true. Runs of one ASCII
    /// byte are left out.
    private static func runs(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Slice<UnsafeBufferPointer<UInt8>>, Bool) -> Bool) {
        var start = -1
        var ascii = true
        for index in 0...bytes.count {
            let byte: UInt8 = index < bytes.count ? bytes[index] : 0x20
            let isWord = byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
            if isWord {
                if start < 0 { start = index; ascii = true }
                if byte >= 0x80 { ascii = false }
            } else if start >= 0 {
                if index - start > 1 || !ascii, body(bytes[start..<index], ascii) { return }
                start = -1
            }
        }
    }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    /// A run with letters beyond ASCII, split at every character that is no letter or digit
    /// (curly apostrophes, dashes) and folded as `PersonNameKey` folds names.
    private static func folded(_ run: String) -> [String] {
        run.split { !($0.isLetter || $0.isNumber) }
            .map { PersonNameKey.of($0) }
            .filter { $0.utf8.count > 1 }
    }

    /// FNV-1a of the bytes, ASCII lower-cased: the text is hashed as it stands, without a copy.
    private static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(lowered(byte))) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
