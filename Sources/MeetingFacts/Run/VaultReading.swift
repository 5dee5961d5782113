import Foundation

/// Step 2 of a run: read the changed files, and every person note (for names, aliases, emails),
/// and remember what each changed file turned out to be.
struct VaultReading {
    var meetingNotes: [MeetingNote]
    var directory: PeopleDirectory
    var diagnostics: [Diagnostic]
    /// What each file read is, for the state: meeting, person, error or other.
    var kinds: [String: NoteState.Kind]
    /// Every file read: the changed files and the person notes.
    var paths: [String]

    /// `workers`: threads reading and parsing files (nil: every core); the result is the same,
    /// in path order, whatever the number.
    init(root: String, config: VaultConfig, rules: RuleSet, changes: ChangedFiles, previous: [String: NoteState],
         workers: Int? = nil) {
        let scanner = VaultScanner(root: URL(fileURLWithPath: root), config: config, parser: NoteParser(rules: rules))
        let changedScan = VaultReading.scan(changes.changed.map(\.path), with: scanner, workers: workers)
        let changedPaths = Set(changes.changed.map(\.path))
        let personPaths = changes.listing.filter { previous[$0.path]?.kind == .person && !changedPaths.contains($0.path) }.map(\.path)
        let personScan = VaultReading.scan(personPaths, with: scanner, workers: workers)
        directory = PeopleDirectory(personNotes: changedScan.personNotes + personScan.personNotes)
        meetingNotes = []
        diagnostics = []
        kinds = [:]
        paths = []
        record(changedScan, of: changes.changed.map(\.path))
        // A note an earlier version took for a person note that holds a meeting is one now.
        meetingNotes += personScan.meetingNotes.filter { !$0.path.isEmpty }
        paths += personPaths
        for note in personScan.meetingNotes { kinds[note.path] = .other }
    }

    /// Reads again meeting notes that have not changed (`StaleMeetings`), as a changed one is read.
    mutating func readAgain(_ stale: [String], root: String, config: VaultConfig, rules: RuleSet, workers: Int?) {
        let scanner = VaultScanner(root: URL(fileURLWithPath: root), config: config, parser: NoteParser(rules: rules))
        record(VaultReading.scan(stale, with: scanner, workers: workers), of: stale)
    }

    /// What reading `read` gave: its meeting notes and diagnostics, and what each file turned out to be.
    private mutating func record(_ scan: VaultScan, of read: [String]) {
        meetingNotes += scan.meetingNotes.filter { !$0.path.isEmpty }
        diagnostics += scan.diagnostics
        paths += read
        for path in read { kinds[path] = .other }
        for diagnostic in scan.diagnostics where diagnostic.severity == .error { kinds[diagnostic.location.path] = .error }
        for note in scan.personNotes { kinds[note.path] = .person }
    }

    /// The files read and sorted in parallel, a batch of paths at a time, then joined in path
    /// order: the same scan as one pass over the paths.
    static func scan(_ paths: [String], with scanner: VaultScanner, workers: Int?) -> VaultScan {
        let batch = 16
        let scans = ParallelWork.map((paths.count + batch - 1) / batch, workers: workers) { index in
            scanner.scan(paths: Array(paths[index * batch..<min(paths.count, (index + 1) * batch)]))
        }
        var joined = VaultScan()
        for scan in scans {
            joined.meetingNotes += scan.meetingNotes
            joined.personNotes += scan.personNotes
            joined.ignored += scan.ignored
            joined.diagnostics += scan.diagnostics
        }
        return joined
    }
}
