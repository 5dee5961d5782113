/// What the run state remembers of one Markdown file of the vault: its fingerprint when last seen,
/// what kind of note it was, and — for a meeting note — what it produced and what identifies the
/// meeting (to recognise another note of the same meeting later).
public struct NoteState: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        case meeting, person, other, error
    }

    public var path: String
    public var kind: Kind
    public var size: Int
    public var modified: Int64
    public var hash: String
    /// People whose notes this meeting touched.
    public var people: [String] = []
    public var factCount = 0
    /// The meeting's date (ISO), link name, summary, attendees and transcript hash.
    public var date = ""
    public var linkName = ""
    public var summary = ""
    public var attendees: [String] = []
    public var transcriptHash = ""
    /// The canonical note of this meeting's group, the one person notes link (its own path when alone).
    public var canonical = ""

    /// Whether person notes link this note for its meeting.
    public var isCanonical: Bool { canonical.isEmpty || canonical == path }

    public init(path: String, kind: Kind, size: Int, modified: Int64, hash: String) {
        self.path = path
        self.kind = kind
        self.size = size
        self.modified = modified
        self.hash = hash
    }
}
