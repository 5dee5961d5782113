import PCRE2

/// The `person.known` pattern as code: every run of one to five capitalised name words, found by
/// one pass over the bytes. The pattern it stands for (rules/people/names.yml):
///
///     (?=[A-Z\x{C0}-\x{DE}\x{100}-\x{24F}])(?&PERSON_START)(?&PERSON_NAME_WORD)
///         (?:[ ](?&PERSON_PARTICLE)?(?&PERSON_NAME_WORD)){0,4}+
///
/// - the first letter is a capital of Latin script (ASCII, Latin-1, Latin Extended-A/B), and the
///   character before it is no letter, digit, `_ @ # / \ . -` (`PERSON_START`);
/// - a name word (`PERSON_NAME_WORD`) is a capital, optionally an apostrophe and a second capital
///   (O'Brien), lower-case letters, optionally one inner capital with lower-case letters
///   (McDonald), optionally a hyphen or en dash and a capitalised part (Kincaid–Smith), and then
///   no letter, digit or `_`; later words may start with any capital (Ørsted, Łukasz, Δημήτρης);
/// - words are joined by one space, optionally with one particle and a space between (`van`,
///   `de`, `bin`… `PERSON_PARTICLE`), and the run stops at the first word that fails.
///
/// Every choice in the pattern is forced (possessive runs, a particle is lower case and a word
/// starts with a capital), so a word either matches in one way or not at all; the scan resumes
/// after each match, as a PCRE2 scan does.
struct CapitalisedWordTokenizer {
    private let text: UTF8Scanner

    /// `PERSON_PARTICLE` without its trailing space, each packed into an integer (see `packed`).
    static let particles: [UInt64] = ["van", "von", "de", "der", "den", "da", "del", "della", "di", "du", "la", "le",
                                      "bin", "ibn", "al"].map { packed($0.utf8) }
    /// The longest particle, in bytes.
    static let longestParticle = 5
    /// The most words in a run: the first and `{0,4}` more.
    static let maximumWords = 5

    private let particles = CapitalisedWordTokenizer.particles

    init(_ bytes: UnsafeBufferPointer<UInt8>) { text = UTF8Scanner(bytes) }

    /// Up to eight bytes as one integer, first byte highest: a particle compares in one step.
    static func packed<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        bytes.reduce(0) { $0 << 8 | UInt64($1) }
    }

    func forEachMatch(from start: Int, _ body: (Match) -> Bool) {
        let bytes = text.bytes
        let end = bytes.count
        var offset = start
        while offset < end {
            let byte = bytes[offset]
            // Lead bytes of A–Z, U+00C0…U+00FF and U+0100…U+027F; the exact range is checked below.
            guard byte &- 0x41 < 26 || byte &- 0xC3 < 7 else {
                offset += 1
                continue
            }
            if startsRun(at: offset), let first = nameWord(at: offset) {
                var runEnd = first
                var words = 1
                while words < CapitalisedWordTokenizer.maximumWords, runEnd < end, bytes[runEnd] == 0x20 {
                    let wordStart = particleEnd(at: runEnd + 1) ?? runEnd + 1
                    guard let wordEnd = nameWord(at: wordStart) else { break }
                    runEnd = wordEnd
                    words += 1
                }
                if !body(Match(range: offset..<runEnd)) { return }
                offset = runEnd
                continue
            }
            offset += 1
        }
    }

    /// The lookahead `[A-Z\x{C0}-\x{DE}\x{100}-\x{24F}]` and `PERSON_START` at `offset`.
    private func startsRun(at offset: Int) -> Bool {
        guard let (first, _) = text.scalar(at: offset) else { return false }
        guard (first >= 0x41 && first <= 0x5A) || (first >= 0xC0 && first <= 0xDE) || (first >= 0x100 && first <= 0x24F) else {
            return false
        }
        guard offset > 0 else { return true }
        let previous = text.bytes[offset - 1]
        if previous < 0x80 {
            // ASCII: a letter, a digit or one of _ @ # / \ . - may not come before a name.
            let folded = previous | 0x20
            if folded &- 0x61 < 26 || previous &- 0x30 < 10 { return false }
            switch previous {
            case 0x5F, 0x40, 0x23, 0x2F, 0x5C, 0x2E, 0x2D: return false
            default: return true
            }
        }
        guard let before = text.scalar(before: offset) else { return true }
        switch before {
        case 0x5F, 0x40, 0x23, 0x2F, 0x5C, 0x2E, 0x2D: return false  // _ @ # / \ . -
        default: return !UTF8Scanner.isLetter(before) && !UTF8Scanner.isNumber(before)
        }
    }

    /// Where `PERSON_NAME_WORD` starting at `offset` ends, nil when it does not match there.
    private func nameWord(at offset: Int) -> Int? {
        guard let (capital, capitalLength) = text.scalar(at: offset), UTF8Scanner.isUppercase(capital) else { return nil }
        var position = offset + capitalLength
        // (?:['’]\p{Lu})? — taken when present; without it the apostrophe could not be \p{Ll}.
        if let (mark, markLength) = text.scalar(at: position), mark == 0x27 || mark == 0x2019,
           let (second, secondLength) = text.scalar(at: position + markLength), UTF8Scanner.isUppercase(second) {
            position += markLength + secondLength
        }
        // \p{Ll}++
        guard let afterLower = lowercaseRun(from: position) else { return nil }
        position = afterLower
        // (?:\p{Lu}\p{Ll}++)?
        if let (inner, innerLength) = text.scalar(at: position), UTF8Scanner.isUppercase(inner),
           let afterInner = lowercaseRun(from: position + innerLength) {
            position = afterInner
        }
        // (?:[-–]\p{Lu}\p{Ll}++)?+
        if let (dash, dashLength) = text.scalar(at: position), dash == 0x2D || dash == 0x2013,
           let (part, partLength) = text.scalar(at: position + dashLength), UTF8Scanner.isUppercase(part),
           let afterPart = lowercaseRun(from: position + dashLength + partLength) {
            position = afterPart
        }
        // (?![\p{L}\p{N}_]); giving back the inner capital cannot help: a capital would follow.
        if let (next, _) = text.scalar(at: position), UTF8Scanner.isWordCharacter(next) { return nil }
        return position
    }

    /// The end of one or more `\p{Ll}` from `offset`, nil when there is none.
    private func lowercaseRun(from offset: Int) -> Int? {
        var position = offset
        while let (scalar, length) = text.scalar(at: position), UTF8Scanner.isLowercase(scalar) { position += length }
        return position > offset ? position : nil
    }

    /// The offset after a particle and its space at `offset`, nil when none is there. A particle
    /// is ASCII lower case, so the run of a–z up to the space decides which one it could be.
    private func particleEnd(at offset: Int) -> Int? {
        let bytes = text.bytes
        var end = offset
        while end < bytes.count, end - offset <= CapitalisedWordTokenizer.longestParticle, bytes[end] &- 0x61 < 26 { end += 1 }
        guard end - offset >= 2, end - offset <= CapitalisedWordTokenizer.longestParticle, end < bytes.count, bytes[end] == 0x20 else {
            return nil
        }
        let word = CapitalisedWordTokenizer.packed(bytes[offset..<end])
        return particles.contains(word) ? end + 1 : nil
    }
}
