/// The words of one sentence with their byte ranges, leaving out those inside the date itself.
/// A contraction also yields its tail ("we'll" gives "we" and "'ll") so that cue lists can name it.
struct SentenceWords {
    struct Word {
        var text: String
        var range: Range<Int>
    }

    private(set) var items: [Word] = []

    init(_ buffer: TextBuffer, sentence: Range<Int>, excluding excluded: Range<Int>) {
        let bytes = buffer.bytes
        var index = sentence.lowerBound
        func isWordByte(_ byte: UInt8) -> Bool {
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x27
        }
        while index < sentence.upperBound {
            guard isWordByte(bytes[index]) else { index += 1; continue }
            let start = index
            while index < sentence.upperBound && isWordByte(bytes[index]) { index += 1 }
            let range = start..<index
            if range.overlaps(excluded) { continue }
            let text = buffer.text(range)
            if let apostrophe = text.firstIndex(of: "'"), apostrophe != text.startIndex {
                items.append(Word(text: String(text[..<apostrophe]), range: range))
                items.append(Word(text: String(text[apostrophe...]), range: range))
            } else {
                items.append(Word(text: text, range: range))
            }
        }
    }

    /// Consecutive words joined by single spaces, with the range they cover.
    static func phrase(_ words: ArraySlice<Word>) -> Word {
        Word(text: words.map(\.text).joined(separator: " "),
             range: words.first!.range.lowerBound..<words.last!.range.upperBound)
    }
}
