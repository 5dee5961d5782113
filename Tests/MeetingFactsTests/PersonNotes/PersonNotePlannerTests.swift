import XCTest
@testable import MeetingFacts

final class PersonNotePlannerTests: XCTestCase {
    let owner = PersonNoteFixtures.owner
    let records = PersonNoteFixtures.records
    let march10 = CalendarDate(year: 2026, month: 3, day: 10)
    let march20 = CalendarDate(year: 2026, month: 3, day: 20)

    /// A third meeting, so a later run has something to add.
    let followUp = MeetingRecord(
        path: "Meetings/2026-03-16 - Night shift alerts.md", linkName: "2026-03-16 - Night shift alerts",
        date: CalendarDate(year: 2026, month: 3, day: 16), title: "Night shift alerts",
        summary: "Priya and the night shift tuned the crane alert thresholds.",
        attendees: ["Dana Whitlock", "Priya Raman"], referenced: [],
        facts: [Fact(text: "Alert threshold for crane vibration was lowered to 7 mm/s.", line: 12, about: ["Priya Raman"])],
        topics: ["Alert thresholds"])

    private func lines(_ text: String) -> [String] { NoteText(text).lines.map(\.content) }

    func testHandEditedNoteKeepsAllThreeEditsAfterAnotherRun() throws {
        let planner = try PersonNoteFixtures.planner()
        let first = planner.plan(for: "Priya Raman", records: records, existingText: nil, owner: owner, today: march10)
        let deleted = "- Crane 2 showed a 12% drop in idle time once the sensor alerts went live. — [[2026-03-09 - Pilot results check-in|2026-03-09]]"
        let kept = "- Priya's harbour pilot uses 48 vibration sensors across 3 cranes. — [[2026-03-02 - Harbour sensor pilot review|2026-03-02]]"
        let own = "- Knows every crane operator by name."
        let relationship = "We plan the pilot together; she owns the operations side."
        var edited = first.text
        XCTAssertTrue(edited.contains(deleted + "\n"))
        edited = edited.replacingOccurrences(of: deleted + "\n", with: "")
        edited = edited.replacingOccurrences(of: kept + "\n", with: kept + "\n" + own + "\n")
        edited = edited.replacingOccurrences(of: "_How do you work with this person? What is your dynamic?_", with: relationship)

        let same = planner.plan(for: "Priya Raman", records: records, existingText: edited, owner: owner, today: march20,
                                previouslyWritten: first.writtenHashes)
        XCTAssertEqual(same.change, .unchanged)
        XCTAssertEqual(same.text, edited)
        XCTAssertEqual(same.deletedSkipped, 1)

        let later = planner.plan(for: "Priya Raman", records: records + [followUp], existingText: edited, owner: owner,
                                 today: march20, previouslyWritten: same.writtenHashes)
        XCTAssertEqual(later.change, .updated)
        XCTAssertEqual(later.factsAdded, 1)
        let result = lines(later.text)
        XCTAssertFalse(result.contains(deleted))
        XCTAssertEqual(result.firstIndex(of: own), result.firstIndex(of: kept).map { $0 + 1 })
        XCTAssertTrue(result.contains(relationship))
        XCTAssertTrue(result.contains("- Alert threshold for crane vibration was lowered to 7 mm/s. — [[2026-03-16 - Night shift alerts|2026-03-16]]"))
        XCTAssertTrue(result.contains("*Last updated: 2026-03-20*"))
        XCTAssertTrue(result.contains("last_contact: '2026-03-16'"))
    }

    func testAMeetingDatedToAMonthShowsTheMonthAndSortsAsItsFirstDay() throws {
        let planner = try PersonNoteFixtures.planner()
        var monthly = followUp
        monthly.path = "Meetings/2026-03 - Priya Raman.md"
        monthly.linkName = "2026-03 - Priya Raman"
        monthly.date = CalendarDate(year: 2026, month: 3, day: 1)
        monthly.dateIsMonth = true
        let first = planner.plan(for: "Priya Raman", records: records, existingText: nil, owner: owner, today: march10)
        let plan = planner.plan(for: "Priya Raman", records: records + [monthly], existingText: first.text, owner: owner,
                                today: march20, previouslyWritten: first.writtenHashes)
        let result = lines(plan.text)
        let monthLine = "- 2026-03: [[2026-03 - Priya Raman]] - Priya and the night shift tuned the crane alert thresholds."
        XCTAssertTrue(result.contains("- Alert threshold for crane vibration was lowered to 7 mm/s. — [[2026-03 - Priya Raman|2026-03]]"))
        let context = result.filter { $0.hasPrefix("- 2026-03") }
        XCTAssertEqual(context.last, monthLine, "\(context)")
        XCTAssertEqual(context.count, 3)
        let again = planner.plan(for: "Priya Raman", records: records + [monthly], existingText: plan.text, owner: owner,
                                 today: march20, previouslyWritten: plan.writtenHashes)
        XCTAssertEqual(again.change, .unchanged)
    }

    func testSecondRunChangesNoByte() throws {
        let planner = try PersonNoteFixtures.planner()
        for person in planner.people(in: records, owner: owner) {
            let first = planner.plan(for: person, records: records, existingText: nil, owner: owner, today: march10)
            let second = planner.plan(for: person, records: records, existingText: first.text, owner: owner, today: march20,
                                      previouslyWritten: first.writtenHashes)
            XCTAssertEqual(second.change, .unchanged, person)
            XCTAssertEqual(second.text, first.text, person)
            XCTAssertEqual([second.factsAdded, second.contextAdded, second.topicsAdded, second.backgroundAdded], [0, 0, 0, 0], person)
            XCTAssertEqual(second.writtenHashes, first.writtenHashes, person)
        }
    }

    func testWrittenHashesCoverEveryManagedLine() throws {
        let plan = try PersonNoteFixtures.planner().plan(for: "Tomas Okafor", records: records, existingText: nil, owner: owner, today: march10)
        XCTAssertEqual(plan.writtenHashes, [
            ContentHash("- Tomas Okafor holds the phase-two budget of $120k. — [[2026-03-02 - Harbour sensor pilot review|2026-03-02]]"),
            ContentHash("- 2026-03-02: [[2026-03-02 - Harbour sensor pilot review]] - Priya and Marco walked through the harbour sensor pilot, agreed the firmware rollout timeline and… (via Priya Raman, Marco Ilves)"),
            ContentHash("- \"Marco will ask Tomas Okafor to sign off the phase-two budget.\" — [[2026-03-02 - Harbour sensor pilot review|2026-03-02]]"),
            // and the meeting whose Recent Context line it is, so a deletion holds in other words too
            PersonNoteMerger.contextKey(of: "2026-03-02 - Harbour sensor pilot review"),
        ])
    }

    func testReferencedPersonGetsOnlyTheFactsThatNameThem() throws {
        let plan = try PersonNoteFixtures.planner().plan(for: "Tomas Okafor", records: records, existingText: nil, owner: owner, today: march10)
        XCTAssertEqual(plan.factsAdded, 1)
        XCTAssertEqual(plan.contextAdded, 1)
        XCTAssertEqual(plan.topicsAdded, 0)
        XCTAssertEqual(plan.backgroundAdded, 1)
        XCTAssertFalse(plan.text.contains("48 vibration sensors"))
        XCTAssertTrue(plan.text.contains("last_contact: '2026-03-02'"))
    }

    func testAttendeeLastContactIsTheLatestMeetingAttendedNotTheLatestNaming() throws {
        let marco = try PersonNoteFixtures.planner().plan(for: "Marco Ilves", records: records, existingText: nil, owner: owner, today: march10)
        XCTAssertTrue(marco.text.contains("last_contact: '2026-03-02'"))
        XCTAssertTrue(marco.text.contains("(via Priya Raman)"))
    }

    func testOwnerGetsNoNote() throws {
        XCTAssertFalse(try PersonNoteFixtures.planner().people(in: records, owner: owner).contains(owner))
    }

    func testNearDuplicateFromALaterMeetingIsWrittenOnceAndTheOtherRemembered() throws {
        let plan = try PersonNoteFixtures.planner().plan(for: "Priya Raman", records: records, existingText: nil, owner: owner, today: march10)
        // Both state 48 sensors on 3 cranes; the shorter, newer one is kept.
        XCTAssertTrue(plan.text.contains("- Harbour pilot now runs 48 vibration sensors on 3 cranes. — [[2026-03-09 - Pilot results check-in|2026-03-09]]"))
        XCTAssertFalse(plan.text.contains("Priya's harbour pilot uses 48"))
        XCTAssertEqual(plan.factsAdded, 3)
        let dropped = "- Priya's harbour pilot uses 48 vibration sensors across 3 cranes. — [[2026-03-02 - Harbour sensor pilot review|2026-03-02]]"
        XCTAssertTrue(plan.writtenHashes.contains(ContentHash(dropped)), "a restatement never comes back")
    }

    func testDeletedRecentContextLineIsNotAddedAgain() throws {
        let planner = try PersonNoteFixtures.planner()
        let first = planner.plan(for: "Priya Raman", records: records, existingText: nil, owner: owner, today: march10)
        let line = "- 2026-03-09: [[2026-03-09 - Pilot results check-in]] - Priya reported early results from the pilot.\n"
        let edited = first.text.replacingOccurrences(of: line, with: "")
        let again = planner.plan(for: "Priya Raman", records: records, existingText: edited, owner: owner, today: march20,
                                 previouslyWritten: first.writtenHashes)
        XCTAssertEqual(again.change, .unchanged)
        XCTAssertEqual(again.contextAdded, 0)
        XCTAssertEqual(again.deletedSkipped, 1)
    }

    func testCRLFNoteStaysCRLF() throws {
        let planner = try PersonNoteFixtures.planner()
        let first = planner.plan(for: "Priya Raman", records: [PersonNoteFixtures.pilotReview], existingText: nil, owner: owner, today: march10)
        let crlf = first.text.replacingOccurrences(of: "\n", with: "\r\n")
        let merged = planner.plan(for: "Priya Raman", records: records, existingText: crlf, owner: owner, today: march20,
                                  previouslyWritten: first.writtenHashes)
        XCTAssertEqual(merged.change, .updated)
        XCTAssertEqual(merged.factsAdded, 2)
        let bytes = Array(merged.text.utf8)
        let bareLineFeeds = bytes.indices.filter { bytes[$0] == 0x0A && ($0 == 0 || bytes[$0 - 1] != 0x0D) }
        XCTAssertEqual(bareLineFeeds, [])
        XCTAssertEqual(merged.text.replacingOccurrences(of: "\r\n", with: "\n"),
                       planner.plan(for: "Priya Raman", records: records, existingText: first.text, owner: owner, today: march20,
                                    previouslyWritten: first.writtenHashes).text)
    }

    func testReplacementTemplateIsUsed() throws {
        let planner = try PersonNotePlanner(ruleSet: .shipped, template: "---\ntitle: {{title}}\n---\n# {{name}}\n\n## Key Facts\n")
        let plan = planner.plan(for: "Tomas Okafor", records: records, existingText: nil, owner: owner, today: march10)
        XCTAssertEqual(plan.text, """
            ---
            title: Tomas Okafor
            last_contact: '2026-03-02'
            ---
            # Tomas Okafor

            ## Key Facts

            - Tomas Okafor holds the phase-two budget of $120k. — [[2026-03-02 - Harbour sensor pilot review|2026-03-02]]

            ## Recent Context

            - 2026-03-02: [[2026-03-02 - Harbour sensor pilot review]] - Priya and Marco walked through the harbour sensor pilot, agreed the firmware rollout timeline and… (via Priya Raman, Marco Ilves)

            ## Profile

            **Background**:

            - "Marco will ask Tomas Okafor to sign off the phase-two budget." — [[2026-03-02 - Harbour sensor pilot review|2026-03-02]]

            """)
    }

    func testShippedTemplateQueriesTheOwnerFormActionItemsUse() throws {
        let plan = try PersonNoteFixtures.planner().plan(for: "Priya Raman", records: records, existingText: nil, owner: owner, today: march10)
        XCTAssertTrue(plan.text.contains("WHERE !completed AND contains(text, \"@Priya Raman\")"))
        XCTAssertFalse(plan.text.contains("{{"))
    }

    func testNestedPeoplePathIsUsed() throws {
        let planner = try PersonNotePlanner(ruleSet: .shipped, peoplePath: "VAST/People/{name}/README.md")
        let plan = planner.plan(for: "Priya Raman", records: records, existingText: nil, owner: owner, today: march10)
        XCTAssertEqual(plan.path, "VAST/People/Priya Raman/README.md")
    }

    func testANamingSentenceThatIsOnlyTheNameIsNotQuoted() throws {
        var record = PersonNoteFixtures.pilotReview
        record.mentionSentences["Tomas Okafor"] = "Tomas Okafor"
        let plan = try PersonNoteFixtures.planner().plan(for: "Tomas Okafor", records: [record], existingText: nil, owner: owner, today: march10)
        XCTAssertEqual(plan.backgroundAdded, 0)
        XCTAssertFalse(plan.text.contains("- \"Tomas Okafor\""))
    }
}
