import Dispatch
import Foundation

/// Step 3 of a run: every dated meeting note extracted once (both cores); then, once who is who
/// is decided from the names of all of them (`MeetingPeople`), each note's people resolved once
/// against that registry, and its facts assembled.
struct MeetingAnalysis {
    /// Each note's analysis, its note slimmed to what identifies the meeting (`slimmed`).
    var analyses: [NoteAnalysis]
    /// Each note's transcript hash (`MeetingIdentity.transcriptHash`), taken before the note was slimmed.
    var transcriptHashes: [String]
    /// Everyone the run knows: the vault's people, the new ones, merged spellings.
    var registry: PeopleRegistry
    /// The vault owner: configured, or inferred from the notes when the config names nobody.
    var owner: String?
    /// What the run should tell the user about how it read the notes.
    var notices: [String]

    /// Every dated note extracted — taken from `cache` where its key matches — with the names it
    /// shows, in order; and the results extracted now, encoded for the cache (none when it is disabled).
    static func extractions(_ notes: [MeetingNote], rules: RuleSet, config: VaultConfig, cache: ExtractionCache = .disabled,
                            workers: Int? = nil, progress: (@Sendable (Int, Int) -> Void)?)
        -> (extracted: [ExtractedNote], fresh: [(path: String, key: String, result: Data)], reused: Int) {
        let dated = notes.filter { $0.date != nil }
        // No analyzer when nothing is read: its name lexicons take most of a run that only saw
        // person notes change (a cron run after a hand edit).
        guard !dated.isEmpty else { return ([], [], 0) }
        let extractor = NoteAnalyzer(rules: rules, owner: config.owner, monthFirst: config.dateOrder == .us)
        let sightings = { @Sendable (extraction: NoteExtraction) in
            extractor.resolver.sightings(extraction.peopleInput(owner: config.owner))
        }
        // Each note, and the entry to cache: nil when taken from the cache.
        let results = ParallelWork.map(dated.count, workers: workers) { index -> (ExtractedNote, (key: String, data: Data?)?) in
            let note = dated[index], date = note.date!
            let key = cache.isDisabled ? "" : cache.key(of: note, date: date)
            if let data = cache.data(path: note.path, key: key), let cached = CachedExtraction(decoding: data) {
                let extraction = NoteExtraction(note: note, date: date, buffer: TextBuffer(note.text), result: cached.result)
                return (ExtractedNote(extraction, bytes: data, sightings: sightings(extraction)), nil)
            }
            let extraction = extractor.extract(note, date: date)
            let bytes = CachedExtraction(extraction.result)?.encoded()
            return (ExtractedNote(extraction, bytes: bytes, sightings: sightings(extraction)), (key: key, data: bytes))
        }
        progress?(dated.count / 2, dated.count)
        var fresh: [(path: String, key: String, result: Data)] = []
        var reused = 0
        for (extracted, entry) in results {
            guard let entry else { reused += 1; continue }
            if !entry.key.isEmpty, let data = entry.data { fresh.append((extracted.note.path, entry.key, data)) }
        }
        return (results.map { $0.0 }, fresh, reused)
    }

    /// Each extracted note analysed against `people`, decided from every note's names.
    /// `workers`: threads analysing notes (nil: every core). Each extraction is let go once its
    /// note is analysed.
    init(_ extracted: consuming [ExtractedNote], people: MeetingPeople, rules: RuleSet, config: VaultConfig, workers: Int? = nil,
         progress: (@Sendable (Int, Int) -> Void)?) {
        let extractor = extracted.isEmpty ? nil : NoteAnalyzer(rules: rules, owner: config.owner, monthFirst: config.dateOrder == .us)
        registry = people.registry
        owner = people.owner
        notices = people.notices
        guard var resolving = extractor?.resolving(against: registry) else {
            analyses = []
            transcriptHashes = []
            return
        }
        resolving.owner = owner
        let analyzer = resolving
        let registry = self.registry
        let count = extracted.count
        let pending = Slots<ExtractedNote>(consume extracted)
        let transcriptMinimum = MeetingGrouper(rules: rules).transcriptMinimum
        let analysed = ParallelWork.map(count, workers: workers) { index in
            var analysis = analyzer.analyze(pending.take(index)!.extraction(using: analyzer))
            analysis.record = MeetingAnalysis.withoutRuledOut(analysis.record, registry: registry)
            let hash = MeetingIdentity.transcriptHash(of: analysis.note, minimum: transcriptMinimum)
            return (MeetingAnalysis.slimmed(analysis), hash)
        }
        analyses = analysed.map(\.0)
        transcriptHashes = analysed.map(\.1)
        progress?(count, count)
    }

    /// The analysis as the rest of the run reads it: the record, facts, people and diagnostics, and
    /// of the note what identifies the meeting (path, link name, canonical hint, frontmatter). Its
    /// text, sections and mentions go: 10,000 parsed notes need not wait in memory for the writing.
    static func slimmed(_ analysis: NoteAnalysis) -> NoteAnalysis {
        var analysis = analysis
        analysis.mentions = []
        analysis.people.mentions = []
        analysis.note.text = ""
        analysis.note.sections = []
        analysis.note.tasks = []
        analysis.note.turns = []
        return analysis
    }

    /// The record without the names the user ruled out (`not_people`, a deleted note) or that could
    /// be two people: declared attendees included, they get no note and no fact.
    static func withoutRuledOut(_ record: MeetingRecord, registry: PeopleRegistry) -> MeetingRecord {
        var record = record
        let kept = { (name: String) in !registry.isRuledOut(name) }
        record.attendees = record.attendees.filter(kept)
        record.referenced = record.referenced.filter(kept)
        for index in record.facts.indices { record.facts[index].about = record.facts[index].about.filter(kept) }
        record.mentionSentences = record.mentionSentences.filter { kept($0.key) }
        record.affiliations = record.affiliations.filter { kept($0.key) }
        return record
    }
}
