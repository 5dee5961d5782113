/// A word list shipped as a text file in `rules/` (given names, not-name words, titles): one entry
/// per line, `#` comments and blank lines skipped.
struct WordList: Sendable {
    /// Entries as written.
    let entries: [String]
    /// Entries folded as `PersonNameKey` folds a name, for lookups that ignore case and accents.
    private let folded: Set<String>
    /// Entries exactly as written, for lookups where case matters ("GPU" yes, "gpu" no).
    private let exact: Set<String>

    init(text: String?) {
        var entries: [String] = []
        for line in (text ?? "").split(whereSeparator: \.isNewline) {
            let entry = line.trimmingWhitespace()
            if !entry.isEmpty && !entry.hasPrefix("#") { entries.append(entry) }
        }
        self.entries = entries
        folded = Set(entries.map { PersonNameKey.of($0) })
        exact = Set(entries)
    }

    init(rules: RuleSet, file: String) {
        self.init(text: rules.files[file])
    }

    func containsFolded(_ word: some StringProtocol) -> Bool { folded.contains(PersonNameKey.of(word)) }

    func containsExactly(_ word: some StringProtocol) -> Bool { exact.contains(String(word)) }
}
