/// Step 5 of a run: every person note the run changes, staged in memory — links moved off deleted
/// meeting notes, then each person's note planned from the meetings that name them. Staging first
/// means a note touched twice in one run is written once and shows as one diff.
struct PersonNoteStaging {
    var staged: StagedChanges
    /// The managed lines each staged note now holds, by path, for the state.
    var written: [String: (person: String, hashes: Set<String>)] = [:]
    /// The company, role and department each staged note now holds as the run wrote them, by path.
    var values: [String: [String: WrittenValue]] = [:]
    /// Every planned note, changed or not, with the Key Facts of these meetings it holds: what
    /// the state's fact index keeps once the note is written.
    var held: [String: (person: String, facts: [PersonDigest.Entry])] = [:]
    /// Indexed facts of a deleted meeting note whose lines now cite the copy taking over.
    var carried: [IndexedFact] = []

    init(root: String, records: [MeetingRecord], removed: [NoteState], successor: (NoteState) -> NoteState?,
         registry: PeopleRegistry, planner: PersonNotePlanner, owner: String, today: CalendarDate,
         previouslyWritten: (String) -> Set<ContentHash>, writtenValues: (String) -> [String: WrittenValue] = { _ in [:] },
         indexedFacts: (String) -> [IndexedFact] = { _ in [] }, staged initial: StagedChanges? = nil, workers: Int? = nil) {
        staged = initial ?? StagedChanges(root: root)
        for gone in removed where gone.kind == .meeting {
            guard let next = successor(gone) else { continue }
            for var fact in indexedFacts(gone.path) {
                fact.line = MeetingLinkMover.move(from: gone.linkName, to: next.linkName, in: fact.line)
                fact.meetingPath = next.path
                carried.append(fact)
            }
            for person in gone.people {
                let path = registry.person(named: person)?.notePath ?? planner.peoplePath.path(for: person)
                guard let text = staged.text(of: path) else { continue }
                let moved = MeetingLinkMover.move(from: gone.linkName, to: next.linkName, in: text)
                if moved != text { staged.stage(path, moved) }
            }
        }

        // A lone first name nobody could resolve ("Jeff") gets no note of its own: it would be a
        // guess, and usually a duplicate of a full name elsewhere in the vault.
        let people = planner.people(in: records, owner: owner).filter { person in
            person.split(separator: " ").count > 1 || registry.person(named: person) != nil
        }
        var recordsByPerson: [String: [MeetingRecord]] = [:]
        for record in records {
            var named = Set(record.attendees).union(record.referenced)
            for fact in record.facts { named.formUnion(fact.about) }
            for person in named { recordsByPerson[person, default: []].append(record) }
        }
        // Each note planned on its own thread — a note two names share, by both in order — then
        // staged in the order of the people, as one pass would.
        var suspected: [String: String] = [:]
        for miss in registry.nearMisses where suspected[miss.name] == nil { suspected[miss.name] = miss.suspectedMatch }
        let inputs = people.map { person in
            let known = registry.person(named: person)
            return PlanInput(person: person, known: known, path: known?.notePath ?? planner.peoplePath.path(for: person),
                             records: recordsByPerson[person] ?? [], previouslyWritten: previouslyWritten(person),
                             writtenValues: writtenValues(person), suspectedMatch: suspected[person])
        }
        var byPath: [String: [Int]] = [:]
        var paths: [String] = []
        for (index, input) in inputs.enumerated() {
            if byPath[input.path] == nil { paths.append(input.path) }
            byPath[input.path, default: []].append(index)
        }
        staged.preload(paths, workers: workers)
        let texts = paths.map { staged.text(of: $0) }
        let groups = paths.map { byPath[$0]! }
        let planned = ParallelWork.map(paths.count, workers: workers) { group in
            var text = texts[group]
            return groups[group].map { index in
                let input = inputs[index]
                let plan = planner.plan(for: input.person, records: input.records, existingText: text, owner: owner, today: today,
                                        previouslyWritten: input.previouslyWritten, known: input.known,
                                        suspectedMatch: input.suspectedMatch, writtenValues: input.writtenValues)
                if plan.change != .unchanged { text = plan.text }
                return (index, plan)
            }
        }
        var plans = [PersonNotePlan?](repeating: nil, count: inputs.count)
        for (index, plan) in planned.joined() { plans[index] = plan }
        for (input, plan) in zip(inputs, plans) {
            guard let plan else { continue }
            held[plan.path] = (input.person, plan.heldFacts)
            guard plan.change != .unchanged else { continue }
            staged.stage(plan.path, plan.text)
            written[plan.path] = (input.person, Set(plan.writtenHashes.map(\.description)))
            if !plan.writtenValues.isEmpty { values[plan.path] = plan.writtenValues }
        }
    }

    /// What planning one person's note reads, gathered before the notes are planned in parallel.
    private struct PlanInput: Sendable {
        var person: String
        var known: KnownPerson?
        var path: String
        var records: [MeetingRecord]
        var previouslyWritten: Set<ContentHash>
        var writtenValues: [String: WrittenValue]
        var suspectedMatch: String?
    }
}
