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
         indexedFacts: (String) -> [IndexedFact] = { _ in [] }, staged initial: StagedChanges? = nil) {
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
        for person in people {
            let known = registry.person(named: person)
            let path = known?.notePath ?? planner.peoplePath.path(for: person)
            let plan = planner.plan(for: person, records: recordsByPerson[person] ?? [], existingText: staged.text(of: path),
                                    owner: owner, today: today, previouslyWritten: previouslyWritten(person), known: known,
                                    suspectedMatch: registry.nearMisses.first { $0.name == person }?.suspectedMatch,
                                    writtenValues: writtenValues(person))
            held[plan.path] = (person, plan.heldFacts)
            guard plan.change != .unchanged else { continue }
            staged.stage(plan.path, plan.text)
            written[plan.path] = (person, Set(plan.writtenHashes.map(\.description)))
            if !plan.writtenValues.isEmpty { values[plan.path] = plan.writtenValues }
        }
    }
}
