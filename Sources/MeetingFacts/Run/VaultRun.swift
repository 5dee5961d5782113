import Dispatch
import Foundation

/// `meetingfacts run`: reads the vault's new or changed meeting notes, analyses them, merges what
/// they say into person notes, and writes the notes atomically — or, on a dry run, prints the diff
/// and writes nothing at all (no note, no state, no folder, no lock, no temp file).
///
/// The run is its steps, in order: `ChangedFiles`, `VaultReading`, `MeetingAnalysis`,
/// `MeetingGrouping`, `PersonNoteStaging`, `ChangeCommit`.
public final class VaultRun {
    public let options: RunOptions

    public init(options: RunOptions) {
        self.options = options
    }

    public func execute(progress: (@Sendable (Int, Int) -> Void)? = nil) throws(RunFailure) -> RunReport {
        let started = DispatchTime.now().uptimeNanoseconds
        var report = try run(progress: progress)
        report.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return report
    }

    private func run(progress: (@Sendable (Int, Int) -> Void)?) throws(RunFailure) -> RunReport {
        var report = RunReport()
        let setup = try RunSetup.prepare(options)
        let lock = try lockVault(setup.root)
        defer { lock.release() }
        let state = try openState(setup.root)
        let seen = try readState(state.fingerprints)
        // A state an older meetingfacts wrote loses its fingerprint when migrated: every meeting again.
        let rerunAll = options.full || state.isOutdated || (try? state.value(forKey: "fingerprint")) != setup.fingerprint

        let changes = ChangedFiles(root: setup.root, seen: seen, explicit: try setup.explicitNotes(options.notes), rerunAll: rerunAll)
        report.warnings += changes.diagnostics.map(\.description)
        if changes.changed.isEmpty && changes.removed.isEmpty && !rerunAll { return nothingToDo(report, setup, state) }
        let previous = try readState(state.notes)
        let rules = try setup.compileRules()

        var reading = VaultReading(root: setup.root, config: setup.config, rules: rules, changes: changes, previous: previous,
                                   workers: options.workers)
        report.note(reading.diagnostics)
        let cache = extractionCache(state, setup: setup)
        var extractions = extract(&reading, rules: rules, config: setup.config, cache: cache, state: state, report: &report,
                                  progress: progress)
        let decisions = (try? state.peopleDecisions()) ?? []
        let corrections = PeopleCorrections(decisions: decisions, directory: reading.directory, present: changes.present)
        let directoryNames = KnownNames(corrections.directory, excluded: corrections.excluded).encoded
        // Who is who is decided from every note's names, as `--full` decides it, whenever a run
        // reads a meeting or the people's names changed; a run after a hand edit of a person note
        // (no meeting read, no name changed) needs no one resolved.
        let complete = !extractions.isEmpty || (try? state.value(forKey: StateStore.directoryNamesKey)) != directoryNames
        let others = complete ? otherSightings(state, read: extractions, changes: changes) : [:]
        let makePeople = { (extractions: [ExtractedNote]) in
            var sightings = others
            for note in extractions { sightings[note.note.path] = note.sightings }
            return MeetingPeople(sightings: sightings, directory: corrections.directory, config: setup.config, rules: rules,
                                 rememberedOwner: try? state.value(forKey: "inferred_owner"), excluded: corrections.excluded,
                                 blocked: corrections.blocked)
        }
        var people = makePeople(extractions)
        // Who is known by which name, from a complete registry only (a partial one would make every
        // name of the next run look changed).
        var knownNames = complete ? KnownNames(people.registry) : nil
        let stale = rerunAll ? [] : staleMeetings(knownNames, registry: people.registry, state: state, previous: previous,
                                                  read: reading.kinds, changes: changes, root: setup.root)
        if !stale.isEmpty {
            let before = reading.diagnostics.count
            reading.readAgain(stale, root: setup.root, config: setup.config, rules: rules, workers: options.workers)
            report.note(Array(reading.diagnostics[before...]))
            let added = extract(&reading, rules: rules, config: setup.config, cache: cache, state: state, report: &report,
                                progress: nil)
            // Their names were in the kept sightings; read now, they are the same unless the state was behind.
            let changed = added.contains { others[$0.note.path] != $0.sightings }
            extractions += added
            if changed {
                people = makePeople(extractions)
                knownNames = KnownNames(people.registry)
            }
        }
        let analysis = MeetingAnalysis(extractions, people: people, rules: rules, config: setup.config, workers: options.workers,
                                       progress: progress)
        report.note(analysis)
        report.warnings += corrections.notices
        let grouper = MeetingGrouper(rules: rules)
        let grouping = MeetingGrouping(analysis.analyses, transcriptHashes: analysis.transcriptHashes, grouper: grouper,
                                       previous: previous, present: changes.present)
        report.note(grouping)

        let owner = analysis.owner ?? ""
        let planner = try makePlanner(rules, setup)
        let written = { (person: String) in
            corrections.restored.contains(person) ? []
                : Set(((try? state.writtenLines(person: person)) ?? []).compactMap { ContentHash(hex: $0) })
        }
        let variants = VariantNoteMerging(root: setup.root, variants: corrections.variants,
                                          merge: VariantNoteMerge(settings: planner.settings, template: planner.template),
                                          decisions: decisions, generated: written,
                                          values: { (try? state.writtenValues(person: $0)) ?? [:] })
        let staging = PersonNoteStaging(
            root: setup.root, records: grouping.records, removed: changes.removed.compactMap { previous[$0] },
            successor: { MeetingGrouping.successor(of: $0, previous: previous, present: changes.present, grouper: grouper) },
            registry: analysis.registry, planner: planner, owner: owner, today: options.today,
            previouslyWritten: written,
            writtenValues: { person in corrections.restored.contains(person) ? [:] : (try? state.writtenValues(person: person)) ?? [:] },
            indexedFacts: { path in (try? state.facts(meetingPath: path)) ?? [] },
            staged: variants.staged, workers: options.workers)
        var update = StateStore.Update()
        let commit = ChangeCommit(root: setup.root, options: options)
        let states = commit.write(staging, into: &report, update: &update)

        update.meta["fingerprint"] = setup.fingerprint
        if let knownNames {
            update.meta[StateStore.knownNamesKey] = knownNames.encoded
            update.meta[StateStore.directoryNamesKey] = directoryNames
        }
        update.meta["generation"] = UUID().uuidString
        if setup.config.owner == nil, let owner = analysis.owner { update.meta["inferred_owner"] = owner }
        update.removedNotes = changes.removed
        update.peopleDecisions = corrections.newDecisions + PeopleCorrections.decisions(of: staging, registry: analysis.registry)
        update.forgottenPeople = corrections.restored
        update.forgottenDecisions = corrections.forgotten
        remember(variants, corrections: corrections, decisions: decisions, in: &update, report: &report)
        update.peopleSummary = PeopleCorrections.summary(of: staging, registry: analysis.registry, written: report.changedFiles,
                                                         date: options.today)
        update.notes = ChangeCommit.noteStates(read: reading.kinds, changes: changes, written: states, grouping: grouping,
                                               analyses: analysis.analyses, owner: owner, previous: previous)
        if options.dryRun {
            if options.recordPlan {
                report.plan = RunPlan(recording: report, setup: setup, options: options, generation: try? state.value(forKey: "generation"))
                report.plan?.record(reading: reading, changes: changes, staging: staging, moved: variants.moved, update: update)
            }
            return report
        }
        do { try state.save(update) } catch {
            // The notes that failed first (a full disk fails them before the state) go with it.
            throw .state((report.errors + ["\(StateStore.relativePath): error: cannot save run state: \(error)"]).joined(separator: "\n"))
        }
        return report
    }

    /// A run with nothing to read: its report, and on a dry run that saves a plan, the empty plan.
    private func nothingToDo(_ report: RunReport, _ setup: RunSetup, _ state: StateStore) -> RunReport {
        var report = report
        if options.dryRun && options.recordPlan {
            report.plan = RunPlan(recording: report, setup: setup, options: options, generation: try? state.value(forKey: "generation"))
        }
        return report
    }

    /// The extraction step, less the notes past their work limits (`NoteLimits`): each is skipped
    /// with its error, as an unreadable note is.
    /// The fresh results are kept in the state's extraction cache at once (not on a dry run).
    private func extract(_ reading: inout VaultReading, rules: RuleSet, config: VaultConfig, cache: ExtractionCache,
                         state: StateStore, report: inout RunReport, progress: (@Sendable (Int, Int) -> Void)?) -> [ExtractedNote] {
        var (extractions, fresh, reused) = MeetingAnalysis.extractions(reading.meetingNotes, rules: rules, config: config, cache: cache,
                                                               workers: options.workers, progress: progress)
        // A cache that cannot be written costs the next run time, never a result: no error.
        if !options.dryRun {
            try? state.saveExtractions(fresh)
            try? state.saveSightings(extractions.map { ($0.note.path, $0.sightings) })
        }
        fresh = []
        report.extractionsReused = reused
        // The notes live on in their extractions; the reading keeps what the state needs.
        reading.meetingNotes = []
        let overLimit = extractions.flatMap(\.diagnostics).filter { $0.severity == .error }
        report.note(overLimit)
        for problem in overLimit { reading.kinds[problem.location.path] = .error }
        extractions.removeAll { $0.diagnostics.contains { $0.severity == .error } }
        return extractions
    }

    /// The meeting notes not read this run that a `--full` run would resolve differently now: those
    /// holding a word of a name that changed since the run that saved `KnownNames` (none when no
    /// run saved them — a state that old is read in full anyway once migrated — or when this run's
    /// registry is not complete, `known` nil).
    private func staleMeetings(_ known: KnownNames?, registry: PeopleRegistry, state: StateStore, previous: [String: NoteState],
                               read: [String: NoteState.Kind], changes: ChangedFiles, root: String) -> [String] {
        guard let known, let saved = try? state.value(forKey: StateStore.knownNamesKey) else { return [] }
        let words = known.changedWords(since: KnownNames(encoded: saved), firstNameKeys: registry.firstNameKeys)
        guard !words.isEmpty else { return [] }
        let candidates = previous.values.filter { $0.kind == .meeting && read[$0.path] == nil && changes.present.contains($0.path) }
        return StaleMeetings.paths(candidates.map(\.path), holding: words, root: root, workers: options.workers)
    }

    /// The names the meeting notes this run did not read showed when last read: who is who is
    /// decided from every note's names, so a run over a few notes resolves them as `--full` does.
    private func otherSightings(_ state: StateStore, read: [ExtractedNote], changes: ChangedFiles) -> [String: [NameSighting]] {
        let readPaths = Set(read.map(\.note.path))
        return (try? state.sightings { !readPaths.contains($0) && changes.present.contains($0) }) ?? [:]
    }

    /// The state's extraction cache, keyed by this run's rules (read on a dry run too, never
    /// written); disabled for a state that cannot be read.
    private func extractionCache(_ state: StateStore, setup: RunSetup) -> ExtractionCache {
        guard let keys = try? state.extractionKeys() else { return .disabled }
        return ExtractionCache(keys: keys, rulesFingerprint: setup.fingerprint, monthFirst: setup.config.dateOrder == .us,
                               load: state.extractionLoader)
    }

    /// What joining two notes by an alias did, for the state and the user: lines moved, variant
    /// notes removed (and forgotten, so they are not taken for notes the user deleted).
    private func remember(_ variants: VariantNoteMerging, corrections: PeopleCorrections, decisions: [PeopleDecision],
                          in update: inout StateStore.Update, report: inout RunReport) {
        report.warnings += variants.notices
        for (person, hashes) in variants.moved { update.written[person, default: []].formUnion(hashes) }
        for (path, name) in variants.removals.sorted(by: { $0.key < $1.key }) where report.peopleRemoved.contains(path) {
            if let variant = corrections.variants.first(where: { $0.note == path }) {
                report.warnings.append(VariantNoteMerging.removalNotice(path, name: name, canonical: variant.canonical))
            }
            update.removedNotes.append(path)
            update.forgottenPeople.append(name)
            update.forgottenDecisions += decisions.filter { ($0.kind == .noteCreated || $0.kind == .noteSeen) && $0.person == path }
        }
    }

    private func lockVault(_ root: String) throws(RunFailure) -> RunLock {
        let lock = RunLock(path: root + "/.meetingfacts/lock")
        guard !options.dryRun else { return lock }
        do { try lock.acquire(wait: options.wait) } catch { throw .locked(error.description) }
        // A run killed mid-write leaves a hidden temp file; with the lock held, ours to remove.
        StaleTemporaryFiles.remove(vaultRoot: root)
        return lock
    }

    private func openState(_ root: String) throws(RunFailure) -> StateStore {
        do { return try StateStore(vaultRoot: root, readOnly: options.dryRun) } catch {
            throw .state("\(StateStore.relativePath): error: cannot open run state: \(error)")
        }
    }

    private func readState(_ read: () throws -> [String: NoteState]) throws(RunFailure) -> [String: NoteState] {
        do { return try read() } catch { throw .state("\(StateStore.relativePath): error: cannot read run state: \(error)") }
    }

    private func makePlanner(_ rules: RuleSet, _ setup: RunSetup) throws(RunFailure) -> PersonNotePlanner {
        do { return try PersonNotePlanner(ruleSet: rules, template: setup.template, peoplePath: setup.config.people) } catch {
            throw .configuration("error: \(error)")
        }
    }
}
