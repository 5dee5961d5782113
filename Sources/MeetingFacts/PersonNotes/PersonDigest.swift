/// What one person receives from a set of meetings, as the lines the note should hold.
/// An attendee (the owner excepted) gets every fact and topic of the meeting; a person who is only
/// named gets the facts that name them, a Background line quoting the sentence that names them,
/// and a Recent Context line saying whom the news came through.
public struct PersonDigest: Sendable, Equatable {
    /// A line the stage manages, with what it is compared and ordered by.
    public struct Entry: Sendable, Equatable {
        public var line: String
        public var date: CalendarDate
        /// The statement alone (a fact's text), compared for near-duplicates.
        public var statement: String
        /// The meeting's link name, so one meeting yields one Recent Context line.
        public var meeting: String
    }

    public var person: String
    /// Key Facts, oldest meeting first, in note order within a meeting.
    public var facts: [Entry] = []
    /// Recent Context, newest meeting first.
    public var context: [Entry] = []
    public var topics: [String] = []
    /// Profile → Background lines, oldest first.
    public var background: [Entry] = []
    public var lastAttended: CalendarDate?
    public var lastNamed: CalendarDate?
    /// Company, role and team, the latest meeting that states one winning.
    public var affiliation = Affiliation()
    /// The date of the meeting that stated each part of `affiliation`, by Contact Information
    /// field: `company`, `role`, `department` (the team).
    public var affiliationDates: [String: CalendarDate] = [:]

    public var isEmpty: Bool { lastAttended == nil && lastNamed == nil }

    /// `last_contact`: the latest meeting attended, or for someone only ever named, the latest naming.
    public var lastContact: CalendarDate? { lastAttended ?? lastNamed }

    /// `backgroundMinimumWords`: a naming sentence shorter than this (often the bare name) says
    /// nothing about the person and is not quoted.
    public init(person: String, records: [MeetingRecord], owner: String, summaryLength: Int, backgroundMinimumWords: Int = 4) {
        self.person = person
        let shortener = SummaryShortener(limit: summaryLength)
        let ordered = records.sorted { ($0.date, $0.linkName) < ($1.date, $1.linkName) }
        var seenFacts: Set<String> = []
        var seenTopics: Set<String> = []
        for record in ordered {
            let attended = record.attendees.contains(person)
            let named = record.referenced.contains(person) || record.facts.contains { $0.about.contains(person) }
            guard person != owner, attended || named else { continue }
            let source = " — [[\(record.linkName)|\(record.dateLabel)]]"
            let facts = attended ? record.facts : record.facts.filter { $0.about.contains(person) }
            for fact in facts.sorted(by: { $0.line < $1.line }) {
                let statement = NoteBlock.trimmed(fact.text)
                guard !statement.isEmpty else { continue }
                let line = "- " + statement + source
                guard seenFacts.insert(line).inserted else { continue }
                self.facts.append(Entry(line: line, date: record.date, statement: statement, meeting: record.linkName))
            }
            let summary = shortener.shorten(record.summary.isEmpty ? record.title : record.summary)
            var contextLine = "- \(record.dateLabel): [[\(record.linkName)]] - \(summary)"
            if attended {
                lastAttended = max(lastAttended ?? record.date, record.date)
                for topic in record.topics {
                    let cleaned = NoteBlock.trimmed(topic)
                    if !cleaned.isEmpty, seenTopics.insert(cleaned.lowercased()).inserted { topics.append(cleaned) }
                }
            } else {
                lastNamed = max(lastNamed ?? record.date, record.date)
                let via = record.attendees.filter { $0 != owner && $0 != person }
                if !via.isEmpty { contextLine += " (via \(via.joined(separator: ", ")))" }
                if let sentence = record.mentionSentences[person].map(NoteBlock.trimmed), !sentence.isEmpty {
                    let words = sentence.split(whereSeparator: { $0.isWhitespace })
                    let folded = words.joined(separator: " ")
                    if words.count >= backgroundMinimumWords {
                        background.append(Entry(line: "- \"\(folded)\"" + source, date: record.date, statement: folded, meeting: record.linkName))
                    }
                }
            }
            context.append(Entry(line: contextLine, date: record.date, statement: summary, meeting: record.linkName))
            if let stated = record.affiliations[person] {
                if let company = stated.company { affiliation.company = company; affiliationDates["company"] = record.date }
                if let role = stated.role { affiliation.role = role; affiliationDates["role"] = record.date }
                if let team = stated.team { affiliation.team = team; affiliationDates["department"] = record.date }
            }
        }
        context.reverse()
    }
}
