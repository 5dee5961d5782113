/// Runs one meeting note through the per-note stages of the pipeline: extract mentions (with the
/// note's attendees known, so first names resolve), resolve people into attendees and referenced,
/// assemble facts, and build the meeting record for the person notes.
public struct NoteAnalyzer: Sendable {
    public var rules: RuleSet
    public var extractor: Extractor
    public var resolver: PeopleResolver
    public var assembler: FactAssembler
    public var knownPeople: [KnownPerson]
    public var owner: String?
    public var monthFirst: Bool

    public init(rules: RuleSet, knownPeople: [KnownPerson] = [], owner: String? = nil, monthFirst: Bool = true) {
        self.rules = rules
        extractor = Extractor(rules: rules)
        resolver = PeopleResolver(rules: rules)
        assembler = FactAssembler(rules: rules)
        self.knownPeople = knownPeople
        self.owner = owner
        self.monthFirst = monthFirst
    }

    /// Analyses `note` against `date` (the note's own date unless overridden).
    public func analyze(_ note: MeetingNote, date: CalendarDate) -> NoteAnalysis {
        // Attendees first: they are what a lone first name in the text resolves to.
        var people = PeopleResolver.Input(declaredAttendees: note.declaredAttendees, transcriptSpeakers: note.transcriptSpeakers,
                                          mentions: [], knownPeople: knownPeople, owner: owner)
        let declared = resolver.run(people)
        let context = ExtractionContext(text: note.text, referenceDate: date, rules: rules, monthFirst: monthFirst,
                                        attendees: declared.attendees, knownPeople: knownPeople)
        let extraction = extractor.extract(context, path: note.path)
        people.mentions = extraction.mentions
        let resolved = resolver.run(people)
        let facts = assembler.run(FactAssembler.Input(note: note, mentions: extraction.mentions, buffer: context.buffer))
        let record = MeetingRecord(
            path: note.path, linkName: note.linkName, date: date, title: note.title, summary: note.summary,
            attendees: resolved.attendees, referenced: resolved.referenced, facts: facts, topics: note.topics,
            mentionSentences: NoteAnalyzer.firstSentences(naming: resolved.referenced, in: extraction.mentions, buffer: context.buffer),
            affiliations: resolved.affiliations, dateGrain: date == note.date ? note.dateGrain : .day)
        return NoteAnalysis(note: note, date: date, mentions: extraction.mentions, people: resolved, facts: facts,
                            record: record, diagnostics: extraction.diagnostics)
    }

    /// For each person, the first sentence that names them, outside code blocks and task lines.
    static func firstSentences(naming people: [String], in mentions: [Mention], buffer: TextBuffer) -> [String: String] {
        var sentences: [String: String] = [:]
        let wanted = Set(people)
        for mention in mentions where mention.kind == "person" {
            guard let name = mention.name, wanted.contains(name), sentences[name] == nil else { continue }
            var sentence = buffer.text(buffer.sentence(around: mention.byteRange, wholeSentence: true)).trimmingCharacters(in: .whitespaces)
            sentence = FactAssembler.bulletText(sentence) ?? sentence
            sentences[name] = sentence
        }
        return sentences
    }
}
