/// What makes a name-shaped run of words a new person rather than a product, team or heading: its
/// first word is a given name, no word is a not-a-name word, and titles are no part of it. The word
/// lists are `rules/people/given-names.txt` (with `given-names-ambiguous.txt`: names that are also
/// common words, a name only before a surname), `not-name-words.txt` and `titles.txt`.
struct NameEvidence: Sendable {
    let givenNames: WordList
    let ambiguousGivenNames: WordList
    let notNameWords: WordList
    let titles: [[String]]
    let lexicons: PersonLexicons

    init(rules: RuleSet) {
        givenNames = WordList(rules: rules, file: "people/given-names.txt")
        ambiguousGivenNames = WordList(rules: rules, file: "people/given-names-ambiguous.txt")
        notNameWords = WordList(rules: rules, file: "people/not-name-words.txt")
        // Longest first, so "Senior Director" is stripped whole before "Director".
        titles = WordList(rules: rules, file: "people/titles.txt").entries
            .map { PersonNameKey.words(of: $0) }.sorted { $0.count > $1.count }
        lexicons = PersonLexicons(rules: rules)
    }

    /// The name without the titles before it ("Dr. Jane Doe", "Director Blake", "VP Product Sam Lee"
    /// stay "Jane Doe", "Blake", "Product Sam Lee" → see `isNewPersonName`).
    func strippingTitles(_ words: [String]) -> [String] {
        var words = words
        var stripped = true
        while stripped && words.count > 1 {
            stripped = false
            for title in titles where title.count < words.count {
                let head = words.prefix(title.count).map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
                if head == title {
                    words.removeFirst(title.count)
                    stripped = true
                    break
                }
            }
        }
        return words
    }

    /// Words a transcriber leaves after a speaker's name when the label runs into speech.
    static let fillers: Set<String> = ["So", "Um", "Uh", "Yeah", "Okay", "OK", "Well", "And", "But", "Right", "Yes", "No"]

    /// A surname with the first word of speech glued on ("HaddadSo" → "Haddad", "ValleryBouncing"
    /// → "Vallery"): cut where a capital follows a lower-case letter, when a filler begins there or
    /// the part before is a whole name of four letters or more. "McDonald", "MacArthur" stay whole.
    static func withoutGluedFiller(_ word: String) -> String {
        let characters = Array(word)
        for index in characters.indices.dropFirst(2) where characters[index].isUppercase && characters[index - 1].isLowercase {
            if fillers.contains(String(characters[index...])) || index >= 4 { return String(characters[..<index]) }
        }
        return word
    }

    func isGivenName(_ word: String, beforeSurname: Bool) -> Bool {
        guard word.first?.isUppercase == true else { return false }
        if givenNames.containsFolded(word) { return true }
        return beforeSurname && ambiguousGivenNames.containsFolded(word)
    }

    /// A word that can stand in a name after the given name: capitalised (or a particle such as
    /// "van", "de", "bin"), no not-a-name word, month, weekday or company.
    func isSurnameWord(_ word: String) -> Bool {
        if ["van", "von", "de", "der", "den", "da", "del", "della", "di", "du", "la", "le", "bin", "ibn", "al", "ben"].contains(word) {
            return true
        }
        guard let first = word.first, first.isUppercase, word.count > 1,
              word.dropFirst().contains(where: \.isLowercase) || word.count <= 3 else { return false }
        return !isNotName(word)
    }

    /// A word that is never part of a person's name here.
    func isNotName(_ word: String) -> Bool {
        notNameWords.containsExactly(word) || lexicons.isNeverAPerson(word)
    }

    /// Whether the words (titles already stripped) name a new person: two to four words, the
    /// first a given name, the others name words.
    func isNewPersonName(_ words: [String]) -> Bool {
        guard words.count >= 2, words.count <= 4, isGivenName(words[0], beforeSurname: true), !isNotName(words[0]) else { return false }
        return words.dropFirst().allSatisfy(isSurnameWord) && words.last.map { $0.first?.isUppercase == true } == true
    }
}
