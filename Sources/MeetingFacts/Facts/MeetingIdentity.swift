/// What identifies the meeting a note records: its date, its transcript (white space folded and
/// hashed), its attendees and the words of its summary.
public struct MeetingIdentity: Sendable, Equatable {
    public var path: String
    public var linkName: String
    public var date: String
    /// Empty when the note has no transcript long enough to compare.
    public var transcriptHash: String
    public var attendees: Set<String>
    public var summary: String
    /// The `canonical:` frontmatter value, when the note names the canonical note of its group.
    public var canonicalHint: String?
    /// Known from an earlier run (so it stays canonical when a later copy arrives).
    public var seenBefore: Bool
    /// The frontmatter `created` value, when the note has one (ISO date or date-time).
    public var created: String?

    public init(path: String, linkName: String, date: String, transcriptHash: String, attendees: Set<String>,
                summary: String, canonicalHint: String? = nil, seenBefore: Bool = false, created: String? = nil) {
        self.path = path
        self.linkName = linkName
        self.date = date
        self.transcriptHash = transcriptHash
        self.attendees = attendees
        self.summary = summary
        self.canonicalHint = canonicalHint
        self.seenBefore = seenBefore
        self.created = created
    }

    /// The hash of a note's transcript with white space folded; empty when shorter than `minimum`.
    public static func transcriptHash(of note: MeetingNote, minimum: Int) -> String {
        let transcript = note.sections(.transcript).map(\.text).joined(separator: "\n")
        let folded = transcript.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return folded.count < minimum ? "" : ContentHash(folded).description
    }

    var summaryWords: Set<String> {
        Set(summary.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
    }
}
