import Foundation

/// `meetingfacts people`: the vault's people as the tool sees them — each person note with its
/// aliases (and which of them the tool added), company and role, the meetings the person attended
/// and was named in, first and last seen — and what the last run created, merged and left for
/// review. Read-only: the person notes as they are now, the meetings as the last run recorded them.
public struct VaultPeople: Sendable, Equatable, Encodable {
    /// One person note and what the run state knows of its person.
    public struct Person: Sendable, Equatable, Encodable {
        public var name: String
        /// Vault-relative path of the person note.
        public var note: String
        public var aliases: [String]
        /// The aliases a run wrote (a merged spelling); the others the user wrote.
        public var aliasesAdded: [String]
        public var company: String?
        public var role: String?
        /// The meetings attended and those that only name the person: canonical meeting notes, oldest first.
        public var attended: [String]
        public var namedIn: [String]
        /// The dates of the first and last of those meetings.
        public var firstSeen: String?
        public var lastSeen: String?

        enum CodingKeys: String, CodingKey {
            case name, note, aliases, aliasesAdded, company, role, attended, namedIn, firstSeen, lastSeen
        }

        /// Every key always there, an unknown value as null, so a script reads one shape.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(note, forKey: .note)
            try container.encode(aliases, forKey: .aliases)
            try container.encode(aliasesAdded, forKey: .aliasesAdded)
            try container.encode(company, forKey: .company)
            try container.encode(role, forKey: .role)
            try container.encode(attended, forKey: .attended)
            try container.encode(namedIn, forKey: .namedIn)
            try container.encode(firstSeen, forKey: .firstSeen)
            try container.encode(lastSeen, forKey: .lastSeen)
        }
    }

    /// The owner: configured, or the one an earlier run inferred.
    public var owner: String?
    public var people: [Person]
    /// Names whose auto-created note the user deleted: never created again.
    public var deleted: [String]
    /// The config's `not_people`: never a person.
    public var notPeople: [String]
    /// Nil when the last run predates this record.
    public var lastRun: PeopleRunSummary?

    /// Reads the vault at `vault` (with `configPath` replacing its `.meetingfacts.yml`). A vault no
    /// run has written state for is a usage error: there is nothing the tool has seen yet.
    public static func read(vault: String, configPath: String? = nil) throws(RunFailure) -> VaultPeople {
        var options = RunOptions(vault: vault, today: CalendarDate.today())
        options.configPath = configPath
        let setup = try RunSetup.prepare(options)
        guard FileManager.default.fileExists(atPath: setup.root + "/" + StateStore.relativePath) else {
            throw .configuration("\(vault): error: no run state yet; run `meetingfacts run \(vault)` first")
        }
        let state: StateStore
        let notes: [String: NoteState]
        let decisions: [PeopleDecision]
        let summary: PeopleRunSummary?
        let inferredOwner: String?
        do {
            state = try StateStore(vaultRoot: setup.root, readOnly: true)
            notes = try state.notes()
            decisions = try state.peopleDecisions()
            summary = try state.peopleRunSummary()
            inferredOwner = try state.value(forKey: "inferred_owner")
        } catch {
            throw .state("\(StateStore.relativePath): error: cannot read run state: \(error)")
        }
        // The person notes as they are now: those the last run read, and any file added since.
        let candidates = VaultFile.list(root: setup.root).files.map(\.path).filter { path in
            notes[path].map { $0.kind == .person } ?? true
        }
        let scanner = VaultScanner(root: URL(fileURLWithPath: setup.root), config: setup.config)
        let directory = PeopleDirectory(personNotes: scanner.scan(paths: candidates).personNotes)
        return VaultPeople(directory: directory, meetings: Array(notes.values), decisions: decisions, summary: summary,
                           owner: setup.config.owner ?? inferredOwner, notPeople: setup.config.notPeople)
    }

    init(directory: PeopleDirectory, meetings: [NoteState], decisions: [PeopleDecision], summary: PeopleRunSummary?,
         owner: String?, notPeople: [String]) {
        self.owner = owner
        self.notPeople = notPeople
        lastRun = summary
        var byKey: [String: Int] = [:]
        for (index, person) in directory.people.enumerated() {
            for form in [person.name] + person.aliases where byKey[PersonNameKey.of(form)] == nil {
                byKey[PersonNameKey.of(form)] = index
            }
        }
        // One meeting per group of copies: its canonical note, its date, everyone any copy names.
        var groups: [String: (date: String, attended: Set<Int>, named: Set<Int>)] = [:]
        for note in meetings where note.kind == .meeting {
            let canonical = note.canonical.isEmpty ? note.path : note.canonical
            var group = groups[canonical] ?? (date: note.date, attended: [], named: [])
            if note.isCanonical { group.date = note.date }
            let attended = note.attendees.compactMap { byKey[PersonNameKey.of($0)] }
            group.attended.formUnion(attended)
            group.named.formUnion(note.people.compactMap { byKey[PersonNameKey.of($0)] }.filter { !attended.contains($0) })
            groups[canonical] = group
        }
        let ordered = groups.sorted { ($0.value.date, $0.key) < ($1.value.date, $1.key) }
        let removed = Set(decisions.filter { $0.kind == .aliasRemoved }.map { PersonNameKey.of($0.name) + "\n" + PersonNameKey.of($0.person) })
        people = directory.people.enumerated().map { index, known in
            let attended = ordered.filter { $0.value.attended.contains(index) }
            let named = ordered.filter { !$0.value.attended.contains(index) && $0.value.named.contains(index) }
            let dates = (attended + named).map(\.value.date).filter { !$0.isEmpty }.sorted()
            let added = decisions.filter { decision in
                decision.kind == .aliasAdded && byKey[PersonNameKey.of(decision.person)] == index
                    && !removed.contains(PersonNameKey.of(decision.name) + "\n" + PersonNameKey.of(decision.person))
            }.map { PersonNameKey.of($0.name) }
            return Person(name: known.name, note: known.notePath ?? "", aliases: known.aliases,
                          aliasesAdded: known.aliases.filter { added.contains(PersonNameKey.of($0)) },
                          company: known.company, role: known.role, attended: attended.map(\.key), namedIn: named.map(\.key),
                          firstSeen: dates.first, lastSeen: dates.last)
        }.sorted { ($0.name.lowercased(), $0.note) < ($1.name.lowercased(), $1.note) }
        deleted = decisions.filter { $0.kind == .noteDeleted && byKey[PersonNameKey.of($0.name)] == nil }.map(\.name).sorted()
    }
}
