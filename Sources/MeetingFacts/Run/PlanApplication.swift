import Dispatch
import Foundation

/// `meetingfacts apply PLAN`: writes exactly the notes a saved plan holds, atomically, and saves
/// the state the planning run would have saved — or, when any file the plan read or would write
/// changed since, or the config, rules or run state did, refuses and writes nothing.
public struct PlanApplication {
    public let plan: RunPlan
    /// Seconds to wait for another run's lock.
    public var wait: Double = 0

    public init(plan: RunPlan) {
        self.plan = plan
    }

    public func execute() throws(RunFailure) -> RunReport {
        let started = DispatchTime.now().uptimeNanoseconds
        var report = try apply()
        report.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return report
    }

    private func apply() throws(RunFailure) -> RunReport {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: plan.vault, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .configuration("\(plan.vault): error: the plan's vault is not a folder")
        }
        let setup = try RunSetup.prepare(plan.options)
        let lock = RunLock(path: plan.vault + "/.meetingfacts/lock")
        do { try lock.acquire(wait: wait) } catch { throw .locked(error.description) }
        defer { lock.release() }
        StaleTemporaryFiles.remove(vaultRoot: plan.vault)
        var changed = plan.changedInputs()
        if setup.fingerprint != plan.setupFingerprint { changed.append(plan.configPath ?? VaultConfig.fileName + " or the rules") }
        // Read-only first: a refused plan leaves no state behind.
        let generation = try? StateStore(vaultRoot: plan.vault, readOnly: true).value(forKey: "generation")
        if generation != plan.stateGeneration { changed.append(StateStore.relativePath + " (another run)") }
        guard changed.isEmpty else {
            throw .outdated("apply refused: changed since the plan was made: \(changed.joined(separator: ", ")); nothing written. "
                            + "Make the plan again: meetingfacts run VAULT --dry-run --save PLAN")
        }
        let state: StateStore
        do { state = try StateStore(vaultRoot: plan.vault, readOnly: false) } catch {
            throw .state("\(StateStore.relativePath): error: cannot open run state: \(error)")
        }

        var report = RunReport()
        report.meetings = plan.meetings
        report.facts = plan.factCount
        var update = StateStore.Update()
        let writer = AtomicWriter(vaultRoot: plan.vault)
        var notes = Dictionary(plan.stateNotes.map { ($0.path, $0) }, uniquingKeysWith: { _, last in last })
        var failed = Set<String>()
        for change in plan.changes {
            do {
                if change.removed == true, let original = change.original {
                    try writer.remove(change.path, expected: original)
                } else {
                    try writer.write(Data(change.text.utf8), to: change.path, expected: change.original)
                }
            } catch {
                // Checked a moment ago; an edit since is a failure of this apply, never clobbered.
                report.errors.append(error.description)
                failed.insert(change.path)
                continue
            }
            if let status = FileStatus(path: plan.vault + "/" + change.path) {
                notes[change.path] = NoteState(path: change.path, kind: .person, size: status.size, modified: status.modified, hash: "")
            }
            if let person = change.person {
                update.written[person] = Set(change.writtenHashes)
                let values = change.writtenValues.compactMap { field in
                    CalendarDate(iso: field.date).map { (field.field, WrittenValue(value: field.value, date: $0)) }
                }
                if !values.isEmpty { update.writtenValues[person] = Dictionary(values, uniquingKeysWith: { _, last in last }) }
            }
            report.changedFiles.append(change.path)
            if change.original == nil { report.peopleCreated += 1 } else { report.peopleUpdated += 1 }
        }
        update.meta = Dictionary(plan.stateMeta.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
        update.meta["fingerprint"] = plan.setupFingerprint
        update.meta["generation"] = UUID().uuidString
        // A note not written was not created: remembering it as created would read as the user deleting it.
        update.peopleDecisions = plan.peopleDecisions.filter { !($0.kind == .noteCreated && failed.contains($0.person)) }
        update.forgottenPeople = plan.forgottenPeople
        update.forgottenDecisions = plan.forgottenDecisions
        for lines in plan.movedLines { update.written[lines.person, default: []].formUnion(lines.hashes) }
        update.peopleSummary = plan.peopleSummary.map { summary in
            var summary = summary
            summary.created.removeAll { failed.contains($0.note) }
            return summary
        }
        update.notes = notes.values.filter { !failed.contains($0.path) }.sorted { $0.path < $1.path }
        update.removedNotes = plan.removedNotes
        update.facts = plan.facts.filter { !failed.contains($0.notePath) }
        do { try state.save(update) } catch {
            throw .state((report.errors + ["\(StateStore.relativePath): error: cannot save run state: \(error)"]).joined(separator: "\n"))
        }
        return report
    }
}
