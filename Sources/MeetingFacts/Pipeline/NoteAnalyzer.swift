/// Runs one meeting note through the per-note stages, each once: extract mentions, resolve the
/// people (attendees, referenced, and who every name means), assemble facts from the resolved
/// mentions, and build the meeting record the person-notes stage consumes.
///
/// Extraction knows no people, so a run may extract every note first, learn the names this run
/// will create (`NoteExtraction.newNames`), and resolve all notes against them afterwards.
public struct NoteAnalyzer: Sendable {
    public var rules: RuleSet
    public var extractor: Extractor
    public var resolver: PeopleResolver
    public var assembler: FactAssembler
    /// The vault's known people, indexed once for every note the analyzer reads.
    public var known: KnownPeopleIndex
    public var owner: String?
    public var monthFirst: Bool

    public init(rules: RuleSet, knownPeople: [KnownPerson] = [], owner: String? = nil, monthFirst: Bool = true) {
        self.rules = rules
        extractor = Extractor(rules: rules)
        resolver = PeopleResolver(rules: rules)
        assembler = FactAssembler(rules: rules)
        known = KnownPeopleIndex(knownPeople)
        self.owner = owner
        self.monthFirst = monthFirst
    }

    /// Analyses `note` against `date` (the note's own date unless overridden).
    public func analyze(_ note: MeetingNote, date: CalendarDate) -> NoteAnalysis {
        analyze(extract(note, date: date))
    }

    /// The first stage alone: the note's mentions, people not yet resolved.
    public func extract(_ note: MeetingNote, date: CalendarDate) -> NoteExtraction {
        let context = ExtractionContext(text: note.text, referenceDate: date, rules: rules, monthFirst: monthFirst)
        return NoteExtraction(note: note, date: date, buffer: context.buffer,
                              result: extractor.extract(context, path: note.path))
    }

    /// The remaining stages on an extracted note.
    public func analyze(_ extraction: NoteExtraction) -> NoteAnalysis {
        let note = extraction.note
        let people = resolver.resolve(PeopleResolver.Input(
            declaredAttendees: note.declaredAttendees, transcriptSpeakers: note.transcriptSpeakers,
            extraction: extraction.result, buffer: extraction.buffer, owner: owner), known: known)
        let facts = assembler.facts(of: note, mentions: people.mentions, buffer: extraction.buffer)
        let record = MeetingRecord(
            path: note.path, linkName: note.linkName, date: extraction.date, title: note.title, summary: note.summary,
            attendees: people.attendees, referenced: people.referenced, facts: facts, topics: note.topics,
            mentionSentences: NoteAnalyzer.firstSentences(naming: people.referenced, in: people.mentions, buffer: extraction.buffer),
            affiliations: people.affiliations, dateIsMonth: extraction.date == note.date && note.dateIsMonth)
        return NoteAnalysis(note: note, date: extraction.date, mentions: people.mentions, people: people, facts: facts,
                            record: record, diagnostics: extraction.result.diagnostics)
    }

    /// For each person, the first sentence that names them, outside code blocks and task lines.
    static func firstSentences(naming people: [String], in mentions: [Mention], buffer: TextBuffer) -> [String: String] {
        var sentences: [String: String] = [:]
        let wanted = Set(people)
        for mention in mentions where mention.kind == .person {
            guard let name = mention.name, wanted.contains(name), sentences[name] == nil else { continue }
            var sentence = buffer.text(buffer.sentence(around: mention.byteRange, wholeSentence: true)).trimmingCharacters(in: .whitespaces)
            sentence = FactAssembler.bulletText(sentence) ?? sentence
            sentences[name] = sentence
        }
        return sentences
    }
}
