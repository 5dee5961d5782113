/// What one meeting note contributes to person notes: who took part, who was named, the facts,
/// the summary and topics. The input of the person-notes stage.
public struct MeetingRecord: Sendable, Equatable {
    /// Vault-relative path of the meeting note.
    public var path: String
    /// The file name without `.md`: the target of `[[…]]` links.
    public var linkName: String
    public var date: CalendarDate
    /// True for a meeting dated only to a month: `date` is then the 1st, shown as `YYYY-MM`.
    public var dateIsMonth: Bool
    public var title: String
    /// The summary paragraph (first paragraph of the Summary section, else of the note).
    public var summary: String
    /// Full names of the people who took part (the vault owner included).
    public var attendees: [String]
    /// Full names of people named but not taking part.
    public var referenced: [String]
    public var facts: [Fact]
    public var topics: [String]
    /// For each referenced person, the first sentence that names them (for Profile → Background).
    public var mentionSentences: [String: String]
    /// Company and role learned for a person in this meeting ("Kushal Datta (Microsoft Apollo)").
    public var affiliations: [String: Affiliation]

    public init(path: String, linkName: String, date: CalendarDate, title: String, summary: String,
                attendees: [String], referenced: [String], facts: [Fact], topics: [String] = [],
                mentionSentences: [String: String] = [:], affiliations: [String: Affiliation] = [:], dateIsMonth: Bool = false) {
        self.path = path
        self.linkName = linkName
        self.date = date
        self.dateIsMonth = dateIsMonth
        self.title = title
        self.summary = summary
        self.attendees = attendees
        self.referenced = referenced
        self.facts = facts
        self.topics = topics
        self.mentionSentences = mentionSentences
        self.affiliations = affiliations
    }

    /// The date as person notes show it: `2025-10-31`, or `2025-10` for a month.
    public var dateLabel: String {
        dateIsMonth ? String(date.iso.prefix(7)) : date.iso
    }
}
