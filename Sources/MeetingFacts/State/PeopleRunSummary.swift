/// What the last run that read notes decided about people, kept in the state so
/// `meetingfacts people` can show it later: the notes it created, the spellings it merged into a
/// person, and the names it left for review.
public struct PeopleRunSummary: Sendable, Equatable, Codable {
    /// A person note the run created.
    public struct Created: Sendable, Equatable, Codable {
        public var name: String
        public var note: String

        public init(name: String, note: String) {
            self.name = name
            self.note = note
        }
    }

    /// The run's date (`--today`).
    public var date: String
    public var created: [Created]
    public var merges: [PeopleRegistry.Merge]
    /// New names near a known person: they got a note marked `suspected_match`.
    public var nearMisses: [NearMiss]
    /// Names that could be two people: no note, no merge.
    public var ambiguous: [NearMiss]

    public init(date: String, created: [Created] = [], merges: [PeopleRegistry.Merge] = [], nearMisses: [NearMiss] = [],
                ambiguous: [NearMiss] = []) {
        self.date = date
        self.created = created
        self.merges = merges
        self.nearMisses = nearMisses
        self.ambiguous = ambiguous
    }
}
