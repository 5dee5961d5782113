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
        // Set here, not in a `defer` inside the run: a defer runs after the returned copy is made.
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
        let rerunAll = options.full || (try? state.value(forKey: "fingerprint")) != setup.fingerprint

        let changes = ChangedFiles(root: setup.root, seen: seen, explicit: try setup.explicitNotes(options.notes), rerunAll: rerunAll)
        report.warnings += changes.diagnostics.map(\.description)
        if changes.changed.isEmpty && changes.removed.isEmpty && !rerunAll {
            if options.dryRun && options.recordPlan {
                report.plan = RunPlan(recording: report, setup: setup, options: options, generation: try? state.value(forKey: "generation"))
            }
            return report
        }
        let previous = try readState(state.notes)
        let rules = try setup.compileRules()

        let reading = VaultReading(root: setup.root, config: setup.config, rules: rules, changes: changes, previous: previous)
        report.note(reading.diagnostics)
        let grouper = MeetingGrouper(rules: rules)
        let owner = setup.config.owner ?? ""
        let planner = try makePlanner(rules, setup)
        let extractions = MeetingAnalysis.extractions(reading.meetingNotes, rules: rules, config: setup.config, progress: progress)
        // The notes this run creates or changes are people the next run knows. Resolving again with
        // them until the people stop changing gives now what a later run (or `--full`) would give,
        // so a vault brought to this run's result changes no more.
        var directory = reading.directory
        var nearMisses: [NearMiss] = []
        var pass: (analysis: MeetingAnalysis, grouping: MeetingGrouping, staging: PersonNoteStaging)
        var passes = 0
        repeat {
            let analysis = MeetingAnalysis(extractions, rules: rules, directory: directory, config: setup.config, progress: progress)
            let grouping = MeetingGrouping(analysis.analyses, grouper: grouper, previous: previous, present: changes.present)
            for analysis in analysis.analyses {
                nearMisses += analysis.people.nearMisses.filter { !nearMisses.contains($0) }
            }
            let staging = PersonNoteStaging(
                root: setup.root, records: grouping.records, removed: changes.removed.compactMap { previous[$0] },
                successor: { MeetingGrouping.successor(of: $0, previous: previous, present: changes.present, grouper: grouper) },
                directory: directory, planner: planner, owner: owner, today: options.today, nearMisses: nearMisses,
                previouslyWritten: { person in Set(((try? state.writtenLines(person: person)) ?? []).compactMap { ContentHash(hex: $0) }) })
            pass = (analysis, grouping, staging)
            passes += 1
            let next = staging.directory(after: reading.directory, config: setup.config)
            if VaultRun.samePeople(next, directory) { break }
            directory = next
        } while passes < 4
        let (analysis, grouping, staging) = pass
        report.note(analysis.analyses)
        report.nearMisses = nearMisses
        report.note(grouping)
        var update = StateStore.Update()
        let commit = ChangeCommit(root: setup.root, options: options)
        let written = commit.write(staging, into: &report, update: &update)

        var files: [String: NoteState] = [:]
        for (path, kind) in reading.kinds { files[path] = changes.state(of: path, kind: kind) }
        files.merge(written) { _, new in new }
        update.meta["fingerprint"] = setup.fingerprint
        update.meta["generation"] = UUID().uuidString
        update.removedNotes = changes.removed
        update.notes = ChangeCommit.meetingStates(grouping, analyses: analysis.analyses, owner: owner, files: files, previous: previous)
            .values.sorted { $0.path < $1.path }
        update.facts = ChangeCommit.indexedFacts(grouping.records, owner: owner)
        if options.dryRun {
            if options.recordPlan {
                var plan = RunPlan(recording: report, setup: setup, options: options, generation: try? state.value(forKey: "generation"))
                plan.record(reading: reading, changes: changes, staging: staging, update: update)
                report.plan = plan
            }
            return report
        }
        do { try state.save(update) } catch {
            // The notes that failed first (a full disk fails them before the state) go with it.
            throw .state((report.errors + ["\(StateStore.relativePath): error: cannot save run state: \(error)"]).joined(separator: "\n"))
        }
        return report
    }

    /// The same people, names, aliases, emails and companies, whatever the order.
    static func samePeople(_ left: PeopleDirectory, _ right: PeopleDirectory) -> Bool {
        func sorted(_ directory: PeopleDirectory) -> [KnownPerson] {
            directory.people.sorted { ($0.notePath ?? "", $0.name) < ($1.notePath ?? "", $1.name) }
        }
        return sorted(left) == sorted(right)
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
