/// A meeting note of our own writing, in the shape the vault's meeting notes have: `type: meeting`
/// frontmatter with the date and attendees, the title, then each section's heading and body.
/// Shared by the tests that build a vault note by note, so that each states only what differs.
struct MeetingNoteFixture {
    var date: String
    var attendees: [String]
    /// Attendees written as quoted wiki links (`"[[Rhea Kapoor]]"`), as Obsidian writes them.
    var linked: Bool
    var title: String
    /// Headings (without `## `) and their bodies, in order.
    var sections: [(heading: String, body: String)]

    init(date: String, attendees: [String], linked: Bool = false, title: String, sections: [(heading: String, body: String)] = []) {
        self.date = date
        self.attendees = attendees
        self.linked = linked
        self.title = title
        self.sections = sections
    }

    /// A note with one `## Key facts` list, as most meeting tests have it.
    static func keyFacts(date: String, attendees: [String], linked: Bool = false, title: String, _ facts: String) -> MeetingNoteFixture {
        MeetingNoteFixture(date: date, attendees: attendees, linked: linked, title: title, sections: [("Key facts", facts)])
    }

    /// Two people, two notes: Bea Holm's Harbor cutover and Beatrix Lindqvist's Harbor lease —
    /// until the user says, by an alias, that they are one.
    static let harborMeetings = [
        keyFacts(date: "2025-10-01", attendees: ["Priya Raman", "Bea Holm"], title: "Harbor cutover",
                 "- Bea Holm moves the Harbor cutover to 2026-01-12."),
        keyFacts(date: "2025-10-20", attendees: ["Priya Raman", "Beatrix Lindqvist"], title: "Harbor lease",
                 "- Beatrix Lindqvist signed the Harbor lease for 36 months."),
    ]

    /// Priya Raman's storage sync with Ines Duarte, whose summary is `summary`.
    static func storageSync(date: String, _ summary: String) -> MeetingNoteFixture {
        MeetingNoteFixture(date: date, attendees: ["Priya Raman", "Ines Duarte"], title: "Storage sync", sections: [("Summary", summary)])
    }

    /// The vault-relative path a note of this date and title has.
    var path: String { "Meetings/\(date) - \(title).md" }

    var text: String {
        let names = linked ? attendees.map { "\"[[\($0)]]\"" } : attendees
        var text = "---\ntype: meeting\ndate: \(date)\nattendees: [\(names.joined(separator: ", "))]\n---\n\n# \(title)"
        for section in sections { text += "\n\n## \(section.heading)\n\n\(section.body)" }
        return text
    }
}
