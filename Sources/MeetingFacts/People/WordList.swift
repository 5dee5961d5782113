import Foundation

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

    /// The list shipped as `file` among the rules. Lists are read once per process for each
    /// distinct text: a 120,000-name lexicon costs tenths of a second to fold.
    init(rules: RuleSet, file: String) {
        self = WordListMemo.shared.list(for: rules.files[file] ?? "")
    }

    func containsFolded(_ word: some StringProtocol) -> Bool { folded.contains(PersonNameKey.of(word)) }

    func containsExactly(_ word: some StringProtocol) -> Bool { exact.contains(String(word)) }
}

/// The word lists read so far in this process, by their text. Entries are immutable values, so
/// sharing them is safe; the lock only guards the dictionary.
final class WordListMemo: @unchecked Sendable {
    static let shared = WordListMemo()
    private let lock = NSLock()
    private var lists: [ContentHash: WordList] = [:]

    func list(for text: String) -> WordList {
        let key = ContentHash(text)
        lock.lock()
        if let known = lists[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let list = WordList(text: text)
        lock.lock()
        lists[key] = list
        lock.unlock()
        return list
    }
}
