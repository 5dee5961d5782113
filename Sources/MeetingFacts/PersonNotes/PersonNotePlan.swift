/// The planned result for one person: the note text to write and what changed, plus the hashes
/// of every managed line written so far, which the caller keeps in the run state so that a line
/// a person deletes is never written again.
public struct PersonNotePlan: Sendable, Equatable {
    public var person: String
    /// Vault-relative path of the note.
    public var path: String
    public var text: String
    public var change: PersonNoteChange
    public var factsAdded: Int
    public var contextAdded: Int
    public var topicsAdded: Int
    public var backgroundAdded: Int
    /// Facts not written because the note already states them in other words.
    public var nearDuplicatesSkipped: Int
    /// Facts of the meetings not written because another states the same with more.
    public var restatementsDropped: Int = 0
    /// Managed lines not written because a person deleted them after an earlier run.
    public var deletedSkipped: Int
    public var writtenHashes: Set<ContentHash>
    /// Company, role and department the note now holds as the run wrote them, by field, to remember.
    public var writtenValues: [String: WrittenValue] = [:]
    /// The Key Facts of these meetings the note holds after the merge (added now or already
    /// there): neither restatements nor lines a person deleted. What the state's fact index keeps.
    public var heldFacts: [PersonDigest.Entry] = []
}
