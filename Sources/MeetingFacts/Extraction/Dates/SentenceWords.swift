/// The words of one sentence with their byte ranges, leaving out those inside the date itself.
/// A contraction also yields its tail ("we'll" gives "we" and "'ll") so that cue lists can name it.
struct SentenceWords {
    struct Word {
        var text: String
        var range: Range<Int>
        /// The word follows a hyphen: the second half of a compound ("Microsoft-led", "AKS-based").
        var inCompound = false
        /// The word follows a comma.
        var afterComma = false
        /// `text` lower-cased, computed once: the word lists and the tests of form read it many times.
        let lowered: String
        /// The first letter is a capital ("UK", "Will"): a name inside a clause.
        let isCapitalised: Bool

        init(text: String, range: Range<Int>, inCompound: Bool = false, afterComma: Bool = false) {
            self.text = text
            self.range = range
            self.inCompound = inCompound
            self.afterComma = afterComma
            lowered = text.lowercased()
            // Words are ASCII letters and apostrophes: the first byte tells a capital.
            if let first = text.utf8.first, first < 0x80 {
                isCapitalised = first >= 0x41 && first <= 0x5A
            } else {
                isCapitalised = text.first?.isUppercase == true
            }
        }
    }

    private(set) var items: [Word] = []

    /// With `skippingAsides`, words inside parentheses are left out unless the parentheses hold
    /// `excluded`: an aside ("(year unspecified)") is not part of the clause around the date.
    init(_ buffer: TextBuffer, sentence: Range<Int>, excluding excluded: Range<Int>, skippingAsides: Bool = false) {
        let bytes = buffer.bytes
        var asides: [Range<Int>] = []
        if skippingAsides {
            var open: Int?
            for offset in sentence {
                if bytes[offset] == 0x28 { open = offset }
                if bytes[offset] == 0x29, let start = open {
                    let aside = start..<(offset + 1)
                    if !aside.overlaps(excluded) { asides.append(aside) }
                    open = nil
                }
            }
        }
        var index = sentence.lowerBound
        func isWordByte(_ byte: UInt8) -> Bool {
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x27
        }
        while index < sentence.upperBound {
            guard isWordByte(bytes[index]) else { index += 1; continue }
            let start = index
            while index < sentence.upperBound && isWordByte(bytes[index]) { index += 1 }
            let range = start..<index
            if range.overlaps(excluded) || asides.contains(where: { $0.overlaps(range) }) { continue }
            let text = buffer.text(range)
            var previous = start - 1
            while previous >= 0 && bytes[previous] == 0x20 { previous -= 1 }
            let afterComma = previous >= 0 && bytes[previous] == 0x2C
            let inCompound = start > 0 && (bytes[start - 1] == 0x2D || (start >= 3 && bytes[start - 3] == 0xE2 && bytes[start - 2] == 0x80
                                                                          && (bytes[start - 1] == 0x90 || bytes[start - 1] == 0x91)))
            if let apostrophe = text.firstIndex(of: "'"), apostrophe != text.startIndex {
                items.append(Word(text: String(text[..<apostrophe]), range: range, inCompound: inCompound, afterComma: afterComma))
                items.append(Word(text: String(text[apostrophe...]), range: range, inCompound: inCompound))
            } else {
                items.append(Word(text: text, range: range, inCompound: inCompound, afterComma: afterComma))
            }
        }
    }

    /// Consecutive words joined by single spaces, with the range they cover.
    static func phrase(_ words: ArraySlice<Word>) -> (text: String, range: Range<Int>) {
        let range = words.first!.range.lowerBound..<words.last!.range.upperBound
        if words.count == 1 { return (words.first!.text, range) }
        return (words.map(\.text).joined(separator: " "), range)
    }
}
