import Foundation

/// Step 6 of a run: the staged notes written atomically — or, on a dry run, rendered as one
/// unified diff — and, after the notes, what the run learned saved in the state. A crash before
/// the state is saved re-runs the same notes next time, and the merge converges to the same files.
struct ChangeCommit {
    let root: String
    let options: RunOptions

    /// Writes (or diffs) every staged change; returns the state of each file written. The files
    /// are written on several threads (their fsyncs overlap), the first of each folder alone so
    /// that no two threads create one folder; what they did is then told in the order staged.
    func write(_ staging: PersonNoteStaging, into report: inout RunReport,
               update: inout StateStore.Update) -> [String: NoteState] {
        var states: [String: NoteState] = [:]
        var failed: Set<String> = []
        let changes = staging.staged.changes
        let outcomes = options.dryRun ? diffs(changes) : writes(changes)
        for (change, outcome) in zip(changes, outcomes) {
            switch outcome {
            case let .diff(text):
                report.diff += text
            case let .failed(error):
                switch error {
                case .changedSinceRead, .appearedSinceRead: report.warnings.append(error.description)
                default: report.errors.append(error.description)
                }
                failed.insert(change.path)
                continue
            case let .written(state):
                if let state { states[change.path] = state }
            }
            report.changedFiles.append(change.path)
            if change.removed {
                report.peopleRemoved.append(change.path)
                continue
            }
            if change.original == nil { report.peopleCreated += 1 } else { report.peopleUpdated += 1 }
            if let written = staging.written[change.path] {
                update.written[written.person] = written.hashes
                if let values = staging.values[change.path] { update.writtenValues[written.person] = values }
            }
        }
        update.facts = ChangeCommit.indexedFacts(staging, failed: failed)
        return states
    }

    /// What became of one staged change.
    private enum Outcome: Sendable {
        case diff(String)
        /// The file's state after the write (nil when it cannot be read back).
        case written(NoteState?)
        case failed(WriteError)
    }

    private func diffs(_ changes: [StagedChanges.Change]) -> [Outcome] {
        let colored = options.colored
        return ParallelWork.map(changes.count, workers: options.workers) { index in
            let change = changes[index]
            var diff = UnifiedDiff(path: change.path, old: change.original?.text, new: change.text)
            diff.deleted = change.removed
            return .diff(diff.render(colored: colored))
        }
    }

    private func writes(_ changes: [StagedChanges.Change]) -> [Outcome] {
        let writer = AtomicWriter(vaultRoot: root)
        let root = root
        let write = { @Sendable (change: StagedChanges.Change) -> Outcome in
            do throws(WriteError) {
                if change.removed, let original = change.original {
                    try writer.remove(change.path, expected: original.fingerprint)
                } else {
                    try writer.write(Data(change.text.utf8), to: change.path, expected: change.original?.fingerprint)
                }
            } catch {
                return .failed(error)
            }
            return .written(FileStatus(path: root + "/" + change.path).map {
                NoteState(path: change.path, kind: .person, size: $0.size, modified: $0.modified, hash: "")
            })
        }
        var outcomes = [Outcome?](repeating: nil, count: changes.count)
        var folders: Set<Substring> = []
        var rest: [Int] = []
        for (index, change) in changes.enumerated() {
            let folder = change.path.split(separator: "/").dropLast().joined(separator: "/")
            if folders.insert(Substring(folder)).inserted { outcomes[index] = write(change) } else { rest.append(index) }
        }
        let others = rest
        let written = ParallelWork.mapWaiting(others.count, workers: options.workers) { write(changes[others[$0]]) }
        for (index, outcome) in zip(others, written) { outcomes[index] = outcome }
        return outcomes.map { $0! }
    }

    /// What the state remembers of every file this run read or wrote: each one's stat and kind,
    /// and for meetings their people, identity and canonical note; by path.
    static func noteStates(read kinds: [String: NoteState.Kind], changes: ChangedFiles, written: [String: NoteState],
                           grouping: MeetingGrouping, analyses: [NoteAnalysis], owner: String,
                           previous: [String: NoteState]) -> [NoteState] {
        var files: [String: NoteState] = [:]
        for (path, kind) in kinds { files[path] = changes.state(of: path, kind: kind) }
        files.merge(written) { _, new in new }
        return meetingStates(grouping, analyses: analyses, owner: owner, files: files, previous: previous)
            .values.sorted { $0.path < $1.path }
    }

    /// The state's record of each meeting analysed: its people, identity and canonical note.
    static func meetingStates(_ grouping: MeetingGrouping, analyses: [NoteAnalysis], owner: String,
                              files: [String: NoteState], previous: [String: NoteState]) -> [String: NoteState] {
        var states = files
        for (analysis, identity) in zip(analyses, grouping.identities) {
            var note = states[analysis.note.path] ?? NoteState(path: analysis.note.path, kind: .meeting, size: 0, modified: 0, hash: "")
            note.kind = .meeting
            note.people = (analysis.record.attendees + analysis.record.referenced).filter { $0 != owner }
            note.factCount = analysis.facts.count
            note.date = identity.date
            note.linkName = identity.linkName
            note.summary = identity.summary
            note.attendees = identity.attendees.sorted()
            note.transcriptHash = identity.transcriptHash
            note.canonical = analysis.note.path
            states[analysis.note.path] = note
        }
        // Who is canonical: every member of a group points at the group's first note.
        for group in grouping.groups {
            for member in group {
                guard var note = states[member.path] ?? previous[member.path] else { continue }
                note.canonical = group[0].path
                states[member.path] = note
            }
        }
        return states
    }

    /// The fact index: the Key Facts each planned note holds (not those of a note that failed to
    /// be written), each under the person whose note it is, with its mentions; and the facts of a
    /// deleted meeting note carried over to the copy that took over.
    static func indexedFacts(_ staging: PersonNoteStaging, failed: Set<String>) -> [IndexedFact] {
        var facts = staging.carried.filter { !failed.contains($0.notePath) }
        for (path, held) in staging.held.sorted(by: { $0.key < $1.key }) where !failed.contains(path) {
            for entry in held.facts {
                guard let fact = entry.fact else { continue }
                facts.append(IndexedFact(person: held.person, notePath: path, line: entry.line, text: entry.statement,
                                         meetingDate: entry.date.iso, meetingPath: entry.meetingPath, meetingLine: fact.line,
                                         mentions: fact.mentions))
            }
        }
        return facts
    }
}
