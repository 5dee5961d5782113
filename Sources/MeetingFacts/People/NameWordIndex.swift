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
        hashes = Set(words.map { NameWordIndex.hash(Array($0.utf8)[...]) })
        lengths = Set(words.map(\.utf8.count))
    }

    public var isEmpty: Bool { hashes.isEmpty }

    /// The words of `text`, as the index compares them.
    public static func words(in text: String) -> Set<String> {
        var words = Set<String>()
        var bytes = Array(text.utf8)
        NameWordIndex.runs(in: &bytes) { run, ascii in
            if ascii {
                words.insert(String(decoding: run, as: UTF8.self))
            } else {
                words.formUnion(folded(String(decoding: run, as: UTF8.self)))
            }
            return false
        }
        return words
    }

    /// Whether `bytes` (a note's UTF-8 text) holds one of the index's words.
    public func occurs(in bytes: [UInt8]) -> Bool {
        guard !hashes.isEmpty else { return false }
        var text = bytes
        var found = false
        NameWordIndex.runs(in: &text) { run, ascii in
            if ascii {
                found = lengths.contains(run.count) && hashes.contains(NameWordIndex.hash(run))
            } else {
                found = NameWordIndex.folded(String(decoding: run, as: UTF8.self)).contains {
                    hashes.contains(NameWordIndex.hash(Array($0.utf8)[...]))
                }
            }
            return found
        }
        return found
    }

    /// Calls `body` with each run of letters and digits (ASCII lower-cased in place) or of bytes
    /// of 0x80 and above mixed with them, and whether the run is plain ASCII; stops when it returns true.
    private static func runs(in bytes: inout [UInt8], _ body: (ArraySlice<UInt8>, Bool) -> Bool) {
        var start = -1
        var ascii = true
        var index = 0
        let count = bytes.count
        while index <= count {
            let byte: UInt8 = index < count ? bytes[index] : 0x20
            let isWord = byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
            if isWord {
                if byte >= 0x41 && byte <= 0x5A { bytes[index] = byte + 0x20 }
                if start < 0 { start = index; ascii = true }
                if byte >= 0x80 { ascii = false }
            } else if start >= 0 {
                if index - start > 1 || !ascii, body(bytes[start..<index], ascii) { return }
                start = -1
            }
            index += 1
        }
    }

    /// A run with letters beyond ASCII, split at every character that is no letter or digit
    /// (curly apostrophes, dashes) and folded as `PersonNameKey` folds names.
    private static func folded(_ run: String) -> [String] {
        run.split { !($0.isLetter || $0.isNumber) }
            .map { PersonNameKey.of($0) }
            .filter { $0.utf8.count > 1 }
    }

    /// FNV-1a of the bytes.
    private static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
