/// A name as the comparisons of names read it, computed once per name rather than once per pair:
/// its key's words (`PersonNameKey`), the surname words joined, and the keys its given name may
/// stand for (nicknames). Comparing a new name with every known one then folds no name twice.
struct PersonNameParts: Sendable {
    /// The name as written.
    let name: String
    /// The words of its key ("José Álvarez" → ["jose", "alvarez"]).
    let words: [String]
    /// Every word after the first, joined by spaces.
    let surname: String
    /// The keys of the given names the first word may stand for (`PersonLexicons.firstNameKeys`);
    /// empty for a name without words.
    let givenKeys: Set<String>

    init(_ name: String, lexicons: PersonLexicons) {
        self.name = name
        words = PersonNameKey.words(of: PersonNameKey.of(name))
        surname = words.dropFirst().joined(separator: " ")
        givenKeys = words.first.map(lexicons.firstNameKeys) ?? []
    }
}
