import Dispatch
import Foundation

/// Step 3 of a run: every dated meeting note extracted once (both cores), the names this run will
/// create learned from the extractions, then each note's people resolved once against the vault's
/// people and those names, and its facts assembled.
struct MeetingAnalysis {
    var analyses: [NoteAnalysis]
    /// Everyone the run knows: the vault's people, the new ones, merged spellings.
    var registry: PeopleRegistry
    /// The vault owner: configured, or inferred from the notes when the config names nobody.
    var owner: String?
    /// What the run should tell the user about how it read the notes.
    var notices: [String] = []

    /// `rememberedOwner`: the owner an earlier run inferred, kept until the config names one.
    init(_ notes: [MeetingNote], rules: RuleSet, directory: PeopleDirectory, config: VaultConfig, rememberedOwner: String?,
         progress: (@Sendable (Int, Int) -> Void)?) {
        let dated = notes.filter { $0.date != nil }
        let extractor = NoteAnalyzer(rules: rules, owner: config.owner, monthFirst: config.dateOrder == .us)
        let extractions = MeetingAnalysis.parallel(dated.count) { extractor.extract(dated[$0], date: dated[$0].date!) }
        progress?(dated.count / 2, dated.count)
        let sightings = extractions.map { extractor.resolver.sightings($0.peopleInput(owner: config.owner)) }
        owner = config.owner ?? rememberedOwner
        if owner == nil, let inferred = OwnerInference.owner(of: sightings) {
            owner = inferred.name
            notices.append("owner not set in \(VaultConfig.fileName): taking \(inferred.name), named in \(inferred.notes) of "
                           + "\(extractions.count) meetings (set `owner:` to choose)")
        }
        registry = PeopleRegistry(known: directory.people, owner: owner.map { [$0] } ?? [], sightings: sightings.flatMap { $0 }, rules: rules)
        var resolving = extractor.resolving(against: registry)
        resolving.owner = owner
        let analyzer = resolving
        analyses = MeetingAnalysis.parallel(extractions.count) { analyzer.analyze(extractions[$0]) }
        progress?(dated.count, dated.count)
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
