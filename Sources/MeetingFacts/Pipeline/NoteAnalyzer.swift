/// Runs one meeting note through the per-note stages, each once: extract mentions, resolve the
/// people (attendees, referenced, and who every name means), assemble facts from the resolved
/// mentions, and build the meeting record the person-notes stage consumes.
///
/// Extraction knows no people, so a run extracts every note first, registers the names of all of
/// them at once (`PeopleRegistry`), and resolves each note against that registry. A note analysed
/// alone registers its own names against the known people.
public struct NoteAnalyzer: Sendable {
    public var rules: RuleSet
    public var extractor: Extractor
    public var resolver: PeopleResolver
    public var assembler: FactAssembler
    /// The vault's known people, for notes analysed alone.
    public var knownPeople: [KnownPerson]
    /// The run's people, when every note is resolved against one registry.
    public private(set) var registry: PeopleRegistry?
    private var registryIndex: KnownPeopleIndex?
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

    /// The analyzer for the rest of a run, once its registry is built.
    public func resolving(against registry: PeopleRegistry) -> NoteAnalyzer {
        var analyzer = self
        analyzer.registry = registry
        analyzer.registryIndex = KnownPeopleIndex(registry.people)
        return analyzer
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
        let input = extraction.peopleInput(owner: owner)
        let registry = self.registry ?? PeopleRegistry(known: knownPeople, owner: owner.map { [$0] } ?? [],
                                                       sightings: resolver.sightings(input), rules: rules)
        var people = resolver.resolve(input, known: registryIndex ?? KnownPeopleIndex(registry.people))
        people.nearMisses = registry.review(of: people.attendees + people.referenced)
        let facts = assembler.facts(of: note, people: people, owner: owner, buffer: extraction.buffer)
        let record = MeetingRecord(
            path: note.path, linkName: note.linkName, date: extraction.date, title: note.title,
            summary: assembler.summary(of: note),
            attendees: people.attendees, referenced: people.referenced, facts: facts, topics: note.topics,
            mentionSentences: NoteAnalyzer.firstSentences(naming: people.referenced, in: people.mentions, note: note,
                                                                      buffer: extraction.buffer),
            affiliations: people.affiliations, dateIsMonth: extraction.date == note.date && note.dateIsMonth)
        return NoteAnalysis(note: note, date: extraction.date, mentions: people.mentions, people: people, facts: facts,
                            record: record, diagnostics: extraction.result.diagnostics)
    }

    /// For each person, the first sentence that names them in what the note's author wrote: not in
    /// a task (its checkbox and signifiers are no prose) nor in a transcript turn (speech quoted out
    /// of its conversation says little about anyone).
    static func firstSentences(naming people: [String], in mentions: [Mention], note: MeetingNote, buffer: TextBuffer) -> [String: String] {
        var notProse = Set(note.tasks.map(\.line))
        for turn in note.turns {
            let lines = max(1, turn.text.split(separator: "\n", omittingEmptySubsequences: false).count)
            notProse.formUnion(turn.line..<turn.line + lines)
        }
        var sentences: [String: String] = [:]
        let wanted = Set(people)
        for mention in mentions where mention.kind == .person && !notProse.contains(mention.line) {
            guard let name = mention.name, wanted.contains(name), sentences[name] == nil else { continue }
            var sentence = buffer.text(buffer.sentence(around: mention.byteRange, wholeSentence: true)).trimmingCharacters(in: .whitespaces)
            sentence = FactAssembler.bulletText(sentence) ?? sentence
            sentences[name] = sentence
        }
        return sentences
    }
}
