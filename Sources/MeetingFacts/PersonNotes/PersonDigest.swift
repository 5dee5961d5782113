/// What one person receives from a set of meetings, as the lines the note should hold.
/// A person gets the facts that are about them (`Fact.about`: named, said, owned, or their 1:1),
/// each written once however many times the meetings restate it, newest meeting first; every
/// meeting they attended or were named in gives a Recent Context line; an attendee gets the
/// meeting's topics, and a person who is only named a Background line quoting the sentence that
/// names them and a Recent Context line saying whom the news came through.
public struct PersonDigest: Sendable, Equatable {
    /// A line the stage manages, with what it is compared and ordered by.
    public struct Entry: Sendable, Equatable {
        public var line: String
        public var date: CalendarDate
        /// The statement alone (a fact's text), compared for near-duplicates.
        public var statement: String
        /// The meeting's link name, so one meeting yields one Recent Context line.
        public var meeting: String
        /// A fact's typed values, normalized ("~100k nodes" = "100,000 nodes"), for near-duplicates.
        public var values: Set<String> = []
        /// The fact a Key Facts line states and its meeting note, for the state's fact index.
        public var fact: Fact? = nil
        public var meetingPath = ""
    }

    public var person: String
    /// Key Facts, newest meeting first, in note order within a meeting; each fact once.
    public var facts: [Entry] = []
    /// Facts not kept because another says the same with more: remembered so they never return.
    public var restatements: [Entry] = []
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
    public init(person: String, records: [MeetingRecord], owner: String, summaryLength: Int, backgroundMinimumWords: Int = 4,
                duplicates: NearDuplicateDetector? = nil) {
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
            for fact in record.facts.filter({ $0.about.contains(person) }).sorted(by: { $0.line < $1.line }) {
                let statement = NoteBlock.trimmed(fact.text)
                guard !statement.isEmpty else { continue }
                let line = "- " + statement + source
                guard seenFacts.insert(line).inserted else { continue }
                let values = Set(fact.mentions.compactMap(\.typedValue))
                self.facts.append(Entry(line: line, date: record.date, statement: statement, meeting: record.linkName, values: values,
                                        fact: fact, meetingPath: record.path))
            }
            let summary = shortener.shorten(record.summary)
            var contextLine = "- \(record.dateLabel): [[\(record.linkName)]]" + (summary.isEmpty ? "" : " - \(summary)")
            if attended {
                lastAttended = max(lastAttended ?? record.date, record.date)
                for topic in record.topics {
                    let cleaned = NoteBlock.trimmed(topic)
                    if !cleaned.isEmpty, seenTopics.insert(cleaned.lowercased()).inserted { topics.append(cleaned) }
                }
            } else {
                lastNamed = max(lastNamed ?? record.date, record.date)
                let via = record.attendees.filter { $0 != owner && $0 != person && $0.contains(" ") }
                if !via.isEmpty { contextLine += " (via \(via.joined(separator: ", ")))" }
                if let sentence = record.mentionSentences[person].map(NoteBlock.trimmed), !sentence.isEmpty {
                    let words = sentence.split(whereSeparator: { $0.isWhitespace })
                    let folded = words.joined(separator: " ")
                    // A sentence already written as one of this meeting's Key Facts is not quoted again.
                    let isKeyFact = facts.contains { $0.meeting == record.linkName && PersonDigest.sameSentence($0.statement, folded) }
                    if words.count >= backgroundMinimumWords && !isKeyFact {
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
        // Newest meeting first, note order within a meeting (a stable sort keeps it).
        let byMeeting = Dictionary(grouping: facts.indices, by: { facts[$0].date })
        facts = byMeeting.keys.sorted(by: >).flatMap { byMeeting[$0]!.map { facts[$0] } }
        if let duplicates { (facts, restatements) = duplicates.onceEach(facts) }
    }

    /// Two sentences the same but for spacing and a closing full stop.
    private static func sameSentence(_ lhs: String, _ rhs: String) -> Bool {
        func folded(_ text: String) -> String {
            var words = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            while words.hasSuffix(".") { words.removeLast() }
            return words
        }
        return folded(lhs) == folded(rhs)
    }
}
