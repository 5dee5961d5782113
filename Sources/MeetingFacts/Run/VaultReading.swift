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

    init(root: String, config: VaultConfig, rules: RuleSet, changes: ChangedFiles, previous: [String: NoteState]) {
        let scanner = VaultScanner(root: URL(fileURLWithPath: root), config: config, parser: NoteParser(rules: rules))
        let changedScan = scanner.scan(paths: changes.changed.map(\.path))
        let changedPaths = Set(changes.changed.map(\.path))
        let personPaths = changes.listing.filter { previous[$0.path]?.kind == .person && !changedPaths.contains($0.path) }.map(\.path)
        let personScan = scanner.scan(paths: personPaths)
        let personNotes = changedScan.personNotes + personScan.personNotes
        // A note an earlier version took for a person note that holds a meeting is one now.
        meetingNotes = (changedScan.meetingNotes + personScan.meetingNotes).filter { !$0.path.isEmpty }
        directory = PeopleDirectory(personNotes: personNotes)
        diagnostics = changedScan.diagnostics
        kinds = [:]
        paths = changes.changed.map(\.path) + personPaths
        for file in changes.changed { kinds[file.path] = .other }
        for diagnostic in changedScan.diagnostics where diagnostic.severity == .error { kinds[diagnostic.location.path] = .error }
        for note in changedScan.personNotes { kinds[note.path] = .person }
        for note in personScan.meetingNotes { kinds[note.path] = .other }
    }
}
