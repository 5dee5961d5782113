/// A meeting note as the reader understands it: where it is, when the meeting was, who took
/// part, and its sections, tasks and transcript turns, each with 1-based line numbers.
public struct MeetingNote: Sendable {
    /// The path as given (vault-relative when read from a vault; `-` for standard input).
    public var path: String
    /// The last path component, `.md` included.
    public var fileName: String
    /// The file name without `.md`: the target of `[[…]]` links.
    public var linkName: String
    /// The meeting's calendar day; nil only for text read with no date (the CLI then needs --date).
    public var date: CalendarDate?
    public var title: String
    /// Frontmatter `type`, or the `type/…` tag, lowercased; nil when neither is set.
    public var type: String?
    public var topics: [String]
    /// Attendees the note declares: frontmatter attendees/participants/people/entities.people as
    /// plain names (links unwrapped, emails kept), a body line `**Participants:** …`, and the
    /// person of a `1:1 — Name — date` title.
    public var declaredAttendees: [String]
    /// Distinct speakers in order of first turn, as written; unattributed lines are not a speaker.
    public var transcriptSpeakers: [String]
    /// Who took part as far as the note itself says: declared attendees that are not placeholders
    /// (`Myself`), then named speakers, without repeats (compared case-insensitively). Resolving
    /// first names and aliases to full names is the people stage's work.
    public var attendees: [String]
    public var sections: [NoteSection]
    public var tasks: [TaskItem]
    public var turns: [TranscriptTurn]
    /// The whole file as text.
    public var text: String
    /// Lines taken by the frontmatter and its fences (0 without frontmatter).
    public var frontmatterLineCount: Int
    public var frontmatter: Frontmatter
    /// Frontmatter `canonical:`: the note this one duplicates, when set.
    public var canonical: String?
    /// True for a note dated only to a month (`2025-10 - Name.md`, its date the 1st of that month).
    public var dateIsMonth = false

    /// The first paragraph of the Summary section, else the first paragraph of the body.
    public var summary: String {
        if let paragraph = sections.first(where: { $0.kind == .summary })?.firstParagraph { return paragraph }
        for section in sections where section.kind != .transcript {
            if let paragraph = section.firstParagraph { return paragraph }
        }
        return ""
    }

    public func sections(_ kind: NoteSection.Kind) -> [NoteSection] { sections.filter { $0.kind == kind } }

    /// Whether the text records a meeting: a transcript, a summary, or action items with tasks — what
    /// tells a dated 1:1 note filed under a person from the person's own note (whose template has
    /// task queries, not tasks).
    public var holdsAMeeting: Bool {
        let filled = { (kind: NoteSection.Kind) in
            self.sections(kind).contains { $0.lines.contains { !$0.text.trimmingWhitespace().isEmpty } }
        }
        return filled(.transcript) || filled(.summary) || (!sections(.actionItems).isEmpty && !tasks.isEmpty)
    }
}
