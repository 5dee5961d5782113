import Foundation

/// What `run --dry-run --save PLAN` saves and `apply PLAN` writes: the changes a run would make
/// (each note's final text and the fingerprint of the file it replaces), the fingerprint of every
/// file the run read, and the state the run would save. Applying it writes exactly these texts,
/// and only while every file is still as it was when the plan was made.
public struct RunPlan: Sendable, Equatable, Codable {
    public static let currentFormat = "meetingfacts plan 3"

    /// A file the run read (or found gone), with what it was: nil for a file that did not exist.
    public struct Input: Sendable, Equatable, Codable {
        public var path: String
        public var fingerprint: FileFingerprint?
    }

    /// One note to write: its final text, the file it replaces (nil for a new note), and the
    /// person whose managed lines it holds, with their hashes and the company, role and department
    /// it holds as the run wrote them (saved in the state once written).
    public struct Change: Sendable, Equatable, Codable {
        public var path: String
        public var original: FileFingerprint?
        public var text: String
        public var person: String?
        public var writtenHashes: [String]
        /// True when the note is removed (a variant note merged away); absent otherwise.
        public var removed: Bool?
        public var writtenValues: [WrittenField] = []
    }

    /// A company, role or department a change writes, with the date of the meeting that said it.
    public struct WrittenField: Sendable, Equatable, Codable {
        public var field: String
        public var value: String
        public var date: String
    }

    /// Hashes of managed lines that become a person's: the lines an alias moved into their note.
    public struct WrittenLines: Sendable, Equatable, Codable {
        public var person: String
        public var hashes: [String]
    }

    public var format = RunPlan.currentFormat
    /// The vault root, resolved.
    public var vault: String
    public var today: String
    /// `--config` and `--rules` of the run, absolute; nil when not given.
    public var configPath: String?
    public var rulesDirectory: String?
    /// The fingerprint of config, rules and template the run used.
    public var setupFingerprint: String
    /// The run state's generation when the plan was made (nil for a vault never run).
    public var stateGeneration: String?
    public var inputs: [Input]
    public var changes: [Change]
    /// The run state the run would save, but for the person notes written (their fingerprint is
    /// known only once written).
    public var stateNotes: [NoteState]
    public var removedNotes: [String]
    /// A meta value of the run state. A list of these rather than a dictionary: the JSON key style
    /// would rewrite dictionary keys (`inferred_owner` read back as `inferredOwner`).
    public struct MetaEntry: Sendable, Equatable, Codable {
        public var key: String
        public var value: String
    }

    /// The run state's other entries: its meta values (the generation aside) and people decisions.
    public var stateMeta: [MetaEntry]
    public var peopleDecisions: [PeopleDecision]
    /// People whose written lines and values the state forgets, and decisions it undoes.
    public var forgottenPeople: [String] = []
    public var forgottenDecisions: [PeopleDecision] = []
    public var movedLines: [WrittenLines] = []
    /// What `meetingfacts people` shows of the run (its `created` counts the notes planned).
    public var peopleSummary: PeopleRunSummary?
    public var facts: [IndexedFact]
    /// The counts of the run report, for `apply`'s summary.
    public var meetings: Int
    public var factCount: Int
    public var peopleCreated: Int
    public var peopleUpdated: Int
    public var diff: String

    /// The plan as a JSON document (snake_case keys).
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return try encoder.encode(self)
    }

    /// Reads a saved plan; a file that is not one is a configuration error (exit 2).
    public static func read(path: String) throws(RunFailure) -> RunPlan {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .configuration("\(path): error: cannot read the plan file")
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let plan: RunPlan
        do { plan = try decoder.decode(RunPlan.self, from: data) } catch {
            // A plan another release saved, whose fields differ, is named as such.
            if let format = try? decoder.decode(Format.self, from: data).format, format.hasPrefix("meetingfacts plan ") {
                throw .configuration("\(path): error: plan format '\(format)', this meetingfacts reads '\(currentFormat)'")
            }
            throw .configuration("\(path): error: not a plan saved by `meetingfacts run --dry-run --save`")
        }
        guard plan.format == currentFormat else {
            throw .configuration("\(path): error: plan format '\(plan.format)', this meetingfacts reads '\(currentFormat)'")
        }
        return plan
    }

    private struct Format: Decodable {
        var format: String
    }

    /// The options of the run the plan came from, for checking its config and rules again.
    var options: RunOptions {
        var options = RunOptions(vault: vault, today: CalendarDate(iso: today) ?? CalendarDate.today())
        options.configPath = configPath
        options.rulesDirectory = rulesDirectory
        return options
    }

    /// What every input is now (by its path in the vault): the ones no longer as planned.
    func changedInputs() -> [String] {
        var changed: [String] = []
        for input in inputs where RunPlan.fingerprint(of: vault + "/" + input.path) != input.fingerprint {
            changed.append(input.path)
        }
        for change in changes where RunPlan.fingerprint(of: vault + "/" + change.path) != change.original && !changed.contains(change.path) {
            changed.append(change.path)
        }
        return changed
    }

    static func fingerprint(of path: String) -> FileFingerprint? {
        FileFingerprint.read(path: path)?.fingerprint
    }
}

extension RunPlan {
    /// A plan with no change yet: the run's setup and counts.
    init(recording report: RunReport, setup: RunSetup, options: RunOptions, generation: String?) {
        vault = setup.root
        today = options.today.iso
        configPath = options.configPath.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        rulesDirectory = options.rulesDirectory.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        setupFingerprint = setup.fingerprint
        stateGeneration = generation
        inputs = []
        changes = []
        stateNotes = []
        removedNotes = []
        stateMeta = []
        peopleDecisions = []
        facts = []
        meetings = report.meetings
        factCount = report.facts
        peopleCreated = report.peopleCreated
        peopleUpdated = report.peopleUpdated
        diff = report.diff
    }

    /// The run's inputs, changes and state. An input is fingerprinted with the `stat` the run took
    /// before reading it: a file changed while the run read it then no longer matches, and the
    /// plan is refused rather than applied over text the run never saw.
    mutating func record(reading: VaultReading, changes: ChangedFiles, staging: PersonNoteStaging, moved: [String: Set<String>],
                         update: StateStore.Update) {
        for path in reading.paths {
            guard let file = changes.file(path) else { continue }
            let hash = FileManager.default.contents(atPath: vault + "/" + path).map { ContentHash(bytes: $0).description } ?? ""
            inputs.append(Input(path: path, fingerprint: FileFingerprint(size: file.size, modified: file.modified, hash: hash)))
        }
        inputs += changes.removed.map { Input(path: $0, fingerprint: nil) }
        self.changes = staging.staged.changes.map { change in
            let written = staging.written[change.path]
            let values = (staging.values[change.path] ?? [:]).sorted { $0.key < $1.key }
                .map { WrittenField(field: $0.key, value: $0.value.value, date: $0.value.date.iso) }
            return Change(path: change.path, original: change.original?.fingerprint, text: change.text,
                          person: written?.person, writtenHashes: written?.hashes.sorted() ?? [], removed: change.removed ? true : nil,
                          writtenValues: values)
        }
        movedLines = moved.sorted { $0.key < $1.key }.map { WrittenLines(person: $0.key, hashes: $0.value.sorted()) }
        stateNotes = update.notes
        removedNotes = update.removedNotes
        stateMeta = update.meta.filter { $0.key != "generation" }.map { MetaEntry(key: $0.key, value: $0.value) }
            .sorted { $0.key < $1.key }
        peopleDecisions = update.peopleDecisions
        forgottenPeople = update.forgottenPeople
        forgottenDecisions = update.forgottenDecisions
        peopleSummary = update.peopleSummary
        facts = update.facts
    }
}
