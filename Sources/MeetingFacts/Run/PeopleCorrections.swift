/// What the user corrected about people since earlier runs, read from the decisions the state
/// remembers and the person notes as they are now: an alias the run added and the user removed
/// stops that merge for good; a note the run created and the user deleted is not created again.
struct PeopleCorrections {
    /// A person note whose name another note lists in its `aliases:`: a spelling of that person.
    struct Variant {
        var note: String
        var name: String
        var canonical: KnownPerson
    }

    /// The vault's people without the variant notes: a variant's name resolves to its person by alias.
    var directory: PeopleDirectory
    var variants: [Variant] = []
    /// Names that get no note (their note was deleted).
    var excluded: [String] = []
    /// Variant → person merges the user undid.
    var blocked: [String: String] = [:]
    /// Corrections seen for the first time, to remember.
    var newDecisions: [PeopleDecision] = []
    /// What to tell the user, once per correction.
    var notices: [String] = []
    /// People whose deleted note the user created again: what runs wrote for them is forgotten (so
    /// their new note fills again), and so is the deletion (so deleting it again is noticed again).
    var restored: [String] = []
    var forgotten: [PeopleDecision] = []

    init(decisions: [PeopleDecision], directory: PeopleDirectory, present: Set<String>) {
        let remembered = Set(decisions)
        variants = PeopleCorrections.variants(in: directory)
        let variantNotes = Set(variants.map(\.note))
        self.directory = PeopleDirectory(people: directory.people.filter { !variantNotes.contains($0.notePath ?? "") })
        for decision in decisions {
            switch decision.kind {
            case .aliasAdded:
                guard let person = directory.person(named: decision.person),
                      !([person.name] + person.aliases).contains(where: { PersonNameKey.of($0) == PersonNameKey.of(decision.name) }) else { continue }
                blocked[decision.name] = decision.person
                remember(PeopleDecision(kind: .aliasRemoved, name: decision.name, person: decision.person), remembered)
            case .aliasRemoved:
                blocked[decision.name] = decision.person
            case .noteCreated, .noteSeen, .noteDeleted:
                guard !present.contains(decision.person), directory.person(named: decision.name) == nil else {
                    let deleted = PeopleDecision(kind: .noteDeleted, name: decision.name, person: decision.person)
                    if remembered.contains(deleted) {
                        if !restored.contains(decision.name) { restored.append(decision.name) }
                        forgotten.append(decision)
                    }
                    continue
                }
                excluded.append(decision.name)
                if decision.kind == .noteCreated || decision.kind == .noteSeen {
                    let deleted = PeopleDecision(kind: .noteDeleted, name: decision.name, person: decision.person)
                    if !remembered.contains(deleted) {
                        notices.append("\(decision.person) was deleted: \(decision.name) will not get a note again "
                                       + "(create the note yourself to bring them back)")
                    }
                    remember(deleted, remembered)
                }
            }
        }
        // A person whose note was deleted still takes part in resolving names, with no note and
        // ruled out: "Ronnie" stays Ronnie Lazar's (and is dropped) rather than becoming the other
        // Ronnie's in a `--full` run when Ronnie Lazar's note is deleted (found by `make soak`).
        for name in excluded where directory.person(named: name) == nil {
            self.directory.people.append(KnownPerson(name: name))
        }
        // Every person note is remembered once seen, so deleting it is noticed even when no run
        // recorded creating it: a run killed after writing a new note but before saving its
        // state left it unrecorded, and a deleted note came back (found by `make soak`).
        let recorded = Set(decisions.filter { $0.kind == .noteCreated || $0.kind == .noteSeen }.map(\.person))
        for person in self.directory.people {
            guard let note = person.notePath, !recorded.contains(note) else { continue }
            remember(PeopleDecision(kind: .noteSeen, name: person.name, person: note), remembered)
        }
    }

    /// Person notes named by another note's alias. Two notes that list each other are left as
    /// they are: which of them is the person is the user's to say.
    static func variants(in directory: PeopleDirectory) -> [Variant] {
        var aliasedBy: [String: Int] = [:]
        for (index, person) in directory.people.enumerated() where person.notePath != nil {
            for alias in person.aliases where aliasedBy[PersonNameKey.of(alias)] == nil { aliasedBy[PersonNameKey.of(alias)] = index }
        }
        var variants: [Variant] = []
        for (index, person) in directory.people.enumerated() {
            guard let note = person.notePath, let owner = aliasedBy[PersonNameKey.of(person.name)], owner != index else { continue }
            let canonical = directory.people[owner]
            guard canonical.notePath != note, !person.aliases.contains(where: { PersonNameKey.of($0) == PersonNameKey.of(canonical.name) })
            else { continue }
            variants.append(Variant(note: note, name: person.name, canonical: canonical))
        }
        return variants
    }

    private mutating func remember(_ decision: PeopleDecision, _ remembered: Set<PeopleDecision>) {
        if !remembered.contains(decision) && !newDecisions.contains(decision) { newDecisions.append(decision) }
    }

    /// The decisions this run makes: the notes it creates and the aliases it writes.
    static func decisions(of staging: PersonNoteStaging, registry: PeopleRegistry) -> [PeopleDecision] {
        var decisions: [PeopleDecision] = []
        for change in staging.staged.changes where change.original == nil {
            guard let person = staging.written[change.path]?.person else { continue }
            decisions.append(PeopleDecision(kind: .noteCreated, name: person, person: change.path))
        }
        // An alias counts as the run's only where the note it writes holds it.
        var aliasesWritten: [String: Set<String>] = [:]
        for change in staging.staged.changes {
            guard let person = staging.written[change.path]?.person,
                  let frontmatter = try? Frontmatter.read(lines: NoteParser.lines(of: change.text), path: change.path) else { continue }
            aliasesWritten[PersonNameKey.of(person)] = Set((frontmatter.strings("aliases") + frontmatter.strings("alias")).map { PersonNameKey.of($0) })
        }
        for merge in registry.merges where aliasesWritten[PersonNameKey.of(merge.person)]?.contains(PersonNameKey.of(merge.variant)) == true {
            decisions.append(PeopleDecision(kind: .aliasAdded, name: merge.variant, person: merge.person))
        }
        return decisions
    }

    /// What `meetingfacts people` shows of this run: the notes it created (of those `written`),
    /// the spellings it merged, the names it left for review.
    static func summary(of staging: PersonNoteStaging, registry: PeopleRegistry, written: [String],
                        date: CalendarDate) -> PeopleRunSummary {
        let writtenPaths = Set(written)
        let created = staging.staged.changes.filter { $0.original == nil && writtenPaths.contains($0.path) }.compactMap { change in
            staging.written[change.path].map { PeopleRunSummary.Created(name: $0.person, note: change.path) }
        }
        return PeopleRunSummary(date: date.iso, created: created.sorted { $0.name < $1.name }, merges: registry.merges,
                                nearMisses: registry.nearMisses, ambiguous: registry.ambiguous)
    }
}
