import Dispatch
import Foundation

/// Step 3 of a run: every dated meeting note extracted once (both cores); the names of all of
/// them registered at once — variants merged, new people decided, the owner inferred when the
/// config names nobody (`PeopleRegistry`); then each note's people resolved once against that
/// registry, and its facts assembled.
struct MeetingAnalysis {
    var analyses: [NoteAnalysis]
    /// Everyone the run knows: the vault's people, the new ones, merged spellings.
    var registry: PeopleRegistry
    /// The vault owner: configured, or inferred from the notes when the config names nobody.
    var owner: String?
    /// What the run should tell the user about how it read the notes.
    var notices: [String] = []

    /// The extraction of every dated note, in order.
    static func extractions(_ notes: [MeetingNote], rules: RuleSet, config: VaultConfig,
                            progress: (@Sendable (Int, Int) -> Void)?) -> [NoteExtraction] {
        let dated = notes.filter { $0.date != nil }
        // No analyzer when nothing is read: its name lexicons take most of a run that only saw
        // person notes change (a cron run after a hand edit).
        guard !dated.isEmpty else { return [] }
        let extractor = NoteAnalyzer(rules: rules, owner: config.owner, monthFirst: config.dateOrder == .us)
        let extractions = MeetingAnalysis.parallel(dated.count) { extractor.extract(dated[$0], date: dated[$0].date!) }
        progress?(dated.count / 2, dated.count)
        return extractions
    }

    /// `rememberedOwner`: the owner an earlier run inferred, kept until the config names one.
    /// `excluded`: names never to be a person; `blocked`: merges the user undid.
    init(_ extractions: [NoteExtraction], rules: RuleSet, directory: PeopleDirectory, config: VaultConfig,
         rememberedOwner: String?, excluded: [String] = [], blocked: [String: String] = [:],
         progress: (@Sendable (Int, Int) -> Void)?) {
        let extractor = extractions.isEmpty ? nil : NoteAnalyzer(rules: rules, owner: config.owner, monthFirst: config.dateOrder == .us)
        let sightings = extractor.map { extractor in extractions.map { extractor.resolver.sightings($0.peopleInput(owner: config.owner)) } } ?? []
        owner = config.owner ?? rememberedOwner
        if owner == nil, let inferred = OwnerInference.owner(of: sightings) {
            owner = inferred.name
            notices.append("owner not set in \(VaultConfig.fileName): taking \(inferred.name), named in \(inferred.notes) of "
                           + "\(extractions.count) meetings (set `owner:` to choose)")
        }
        let ownerSpellings = owner.map { [$0] + config.ownerAliases } ?? []
        registry = PeopleRegistry(known: directory.people, owner: ownerSpellings, sightings: sightings.flatMap { $0 },
                                  rules: rules, excluded: excluded + config.notPeople, blocked: blocked)
        guard var resolving = extractor?.resolving(against: registry) else {
            analyses = []
            return
        }
        resolving.owner = owner
        let analyzer = resolving
        let registry = self.registry
        analyses = MeetingAnalysis.parallel(extractions.count) { index in
            var analysis = analyzer.analyze(extractions[index])
            analysis.record = MeetingAnalysis.withoutRuledOut(analysis.record, registry: registry)
            return analysis
        }
        progress?(extractions.count, extractions.count)
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

    /// `work` for each index on every core, results in index order.
    static func parallel<Result: Sendable>(_ count: Int, _ work: @Sendable (Int) -> Result) -> [Result] {
        let slots = Slots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { slots.set($0, work($0)) }
        return slots.values
    }
}

/// Results of parallel work, one slot per index, guarded by a lock.
private final class Slots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Value] { lock.lock(); defer { lock.unlock() }; return slots.compactMap { $0 } }
}
