/// What `meetingfacts run` was asked to do.
public struct RunOptions: Sendable {
    /// The vault folder.
    public var vault: String
    /// Meeting notes to process now (vault-relative or absolute); empty means every new or changed note.
    public var notes: [String] = []
    /// Print the diff of every change and write nothing at all.
    public var dryRun = false
    /// Process every meeting note, not only new or changed ones.
    public var full = false
    /// The run date written into notes (`created`, `Last updated`).
    public var today: CalendarDate
    /// Seconds to wait for another run's lock before giving up.
    public var wait: Double = 0
    /// A config file replacing the vault's `.meetingfacts.yml`.
    public var configPath: String?
    /// A rules folder adding to (or replacing files of) the shipped rules.
    public var rulesDirectory: String?
    /// Colour the diff (a terminal).
    public var colored = false
    /// With `dryRun`: keep the run's plan in the report (`run --dry-run --save PLAN`).
    public var recordPlan = false
    /// How many threads read, extract, analyse and write notes: nil for every core, 1 for all of
    /// it on the calling thread. The output is the same whatever the number (a test holds it).
    public var workers: Int?

    public init(vault: String, today: CalendarDate) {
        self.vault = vault
        self.today = today
    }
}
