/// What the run state remembers of one meeting note: its fingerprint when last processed and
/// what it produced.
public struct NoteState: Sendable, Equatable {
    public var path: String
    public var size: Int
    public var modified: Int64
    public var hash: String
    /// People whose notes this meeting touched.
    public var people: [String]
    public var factCount: Int

    public init(path: String, size: Int, modified: Int64, hash: String, people: [String], factCount: Int) {
        self.path = path
        self.size = size
        self.modified = modified
        self.hash = hash
        self.people = people
        self.factCount = factCount
    }
}
