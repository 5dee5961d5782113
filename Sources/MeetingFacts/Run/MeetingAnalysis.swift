import Dispatch
import Foundation

/// Step 3 of a run: every dated meeting note extracted once (both cores), the names this run will
/// create learned from the extractions, then each note's people resolved once against the vault's
/// people and those names, and its facts assembled. Extraction knows no people, so a run that
/// resolves again against more people (see `VaultRun`) extracts only once.
struct MeetingAnalysis {
    var analyses: [NoteAnalysis]

    /// The extraction of every dated note, in order.
    static func extractions(_ notes: [MeetingNote], rules: RuleSet, config: VaultConfig,
                            progress: (@Sendable (Int, Int) -> Void)?) -> [NoteExtraction] {
        let dated = notes.filter { $0.date != nil }
        let extractor = NoteAnalyzer(rules: rules, owner: config.owner, monthFirst: config.dateOrder == .us)
        let extractions = MeetingAnalysis.parallel(dated.count) { extractor.extract(dated[$0], date: dated[$0].date!) }
        progress?(dated.count / 2, dated.count)
        return extractions
    }

    init(_ extractions: [NoteExtraction], rules: RuleSet, directory: PeopleDirectory, config: VaultConfig,
         progress: (@Sendable (Int, Int) -> Void)?) {
        let extractor = NoteAnalyzer(rules: rules, owner: config.owner, monthFirst: config.dateOrder == .us)
        let people = directory.people + KnownPerson.ownerSpellings(in: config)
        let known = KnownPeopleIndex(people)
        let newNames = extractions.flatMap { $0.newNames(cleanedBy: extractor.resolver) }
        let created = extractor.resolver.newPeople(named: newNames, known: known, owner: config.owner)
        let analyzer = NoteAnalyzer(rules: rules, knownPeople: people + created, owner: config.owner,
                                    monthFirst: config.dateOrder == .us)
        analyses = MeetingAnalysis.parallel(extractions.count) { analyzer.analyze(extractions[$0]) }
        progress?(extractions.count, extractions.count)
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
