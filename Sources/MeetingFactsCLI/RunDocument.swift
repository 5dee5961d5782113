import MeetingFacts

/// What `run --json` prints: the run report as one document. `diff` is there on a dry run only;
/// `exit_status` is the status the command exits with.
struct RunDocument: Encodable {
    var dryRun: Bool
    var meetings: Int
    var peopleCreated: Int
    var peopleUpdated: Int
    var facts: Int
    var errors: [String]
    var warnings: [String]
    var nearMisses: [NearMiss]
    /// Spellings taken for a person, each with the person and the reason.
    var merges: [PeopleRegistry.Merge]
    var duplicateGroups: [MeetingGroup]
    var changedFiles: [String]
    /// Variant notes removed once an alias merged them into another note.
    var peopleRemoved: [String]
    var diff: String?
    var seconds: Double
    var exitStatus: Int32

    init(_ report: RunReport, dryRun: Bool, exitStatus: ExitStatus) {
        self.dryRun = dryRun
        meetings = report.meetings
        peopleCreated = report.peopleCreated
        peopleUpdated = report.peopleUpdated
        facts = report.facts
        errors = report.errors
        warnings = report.warnings
        nearMisses = report.nearMisses
        merges = report.merges
        duplicateGroups = report.duplicateGroups
        changedFiles = report.changedFiles
        peopleRemoved = report.peopleRemoved
        diff = dryRun ? report.diff : nil
        seconds = report.seconds
        self.exitStatus = exitStatus.rawValue
    }
}

/// What `run --json` prints when the run could not start (bad config, lock held, unreadable state).
struct RunFailureDocument: Encodable {
    var error: String
    var exitStatus: Int32
}
