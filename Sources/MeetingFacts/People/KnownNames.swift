/// Who a run knew by which name: one entry a person (name and aliases) and one a ruled-out name,
/// kept in the run state. A meeting note's people depend on these names alone, so when they change
/// between runs, only the notes that contain a word of a changed name can resolve differently —
/// an incremental run reads those again, as `--full` would (found by `make soak`: a person created
/// or given an alias by one run was missing from older meetings until a `--full` run).
public struct KnownNames: Sendable, Equatable {
    /// Sorted: `name|alias|alias` for a person (aliases sorted), `!key` for a ruled-out name. Not
    /// the note's path: a note renamed under the same name changes no one's names, and the note a
    /// run creates for a new person would otherwise change them in the next run.
    public private(set) var entries: [String]

    public init(entries: [String]) {
        self.entries = entries.sorted()
    }

    public init(_ registry: PeopleRegistry) {
        self.init(entries: registry.people.map(KnownNames.entry) + registry.ruledOutKeys.map { "!" + $0 })
    }

    /// The vault's people as their notes name them, and the names the user ruled out: what can
    /// change between runs without a meeting note changing.
    public init(_ directory: PeopleDirectory, excluded: [String]) {
        self.init(entries: directory.people.map(KnownNames.entry) + excluded.map { "!" + PersonNameKey.of($0) })
    }

    /// The state's form: one entry a line (no name holds a line break).
    public var encoded: String { entries.joined(separator: "\n") }

    public init(encoded: String) {
        self.init(entries: encoded.isEmpty ? [] : encoded.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    private static func entry(_ person: KnownPerson) -> String {
        ([person.name] + person.aliases.sorted()).joined(separator: "|")
    }

    /// The lower-cased words of every name in an entry one side has and the other has not, with
    /// the nicknames and formal forms of each first word (`firstNameKeys`: "Bob" may now mean a
    /// new Robert): a meeting holding none of them resolves its people as before.
    public func changedWords(since old: KnownNames, firstNameKeys: (String) -> Set<String>) -> Set<String> {
        let before = Set(old.entries), now = Set(entries)
        var words = Set<String>()
        for entry in before.symmetricDifference(now) {
            let names = entry.hasPrefix("!") ? [String(entry.dropFirst())] : entry.split(separator: "|").map(String.init)
            for name in names {
                let key = PersonNameKey.of(name)
                let parts = key.split(separator: " ").map(String.init)
                for part in parts { words.formUnion(NameWordIndex.words(in: part)) }
                if let first = parts.first {
                    for form in firstNameKeys(first) { words.formUnion(NameWordIndex.words(in: form)) }
                }
            }
        }
        return words
    }
}
