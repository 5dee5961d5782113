import Foundation

/// The meeting notes a run must read again although they have not changed: those that name, in
/// a word, someone whose names changed since the last run (`KnownNames.changedWords`) — a person
/// new to the vault, an alias added or removed, a note renamed or deleted. Their people may now
/// resolve differently, and a `--full` run would read them.
enum StaleMeetings {
    /// Of `candidates` (vault-relative paths of meeting notes not read this run), those whose text
    /// holds one of `words`, in path order.
    static func paths(_ candidates: [String], holding words: Set<String>, root: String, workers: Int?) -> [String] {
        let index = NameWordIndex(words: words)
        guard !index.isEmpty, !candidates.isEmpty else { return [] }
        let sorted = candidates.sorted()
        let holds = ParallelWork.map(sorted.count, workers: workers) { position -> Bool in
            // A note that cannot be read now is read again, to report it as a changed one is.
            guard let data = FileManager.default.contents(atPath: root + "/" + sorted[position]) else { return true }
            return index.occurs(in: data)
        }
        return sorted.indices.filter { holds[$0] }.map { sorted[$0] }
    }
}
