import XCTest
@testable import MeetingFacts

final class PersonNoteMergerTests: XCTestCase {
    let owner = PersonNoteFixtures.owner
    let today = CalendarDate(year: 2026, month: 3, day: 10)

    /// A note in the older hand-made shape: topics on one comma line, facts without sources,
    /// an empty footer date, no company key.
    let olderShape = """
        ---
        type: people
        title: Priya Raman
        last_contact: '2026-02-11'
        ---

        # Priya Raman

        ## Contact Information

        | Field | Value |
        |-------|-------|
        | **Role** | _Unknown_ |
        | **Company** | Harbour Authority (seconded) |
        | **Email** | _Unknown_ |

        ## Key Facts

        - Runs the morning crane briefing.

        ## Topics Discussed

        Harbour sensor pilot, crane maintenance windows

        ## Recent Context

        ## Profile

        ---
        *Last updated: *

        """

    func testMergeIntoAnOlderShapedNoteKeepsWhatWasThereAndFillsTheGaps() throws {
        let planner = try PersonNoteFixtures.planner()
        let known = KnownPerson(name: "Priya Raman", aliases: ["Priya R."], email: "priya.r@example.org", notePath: "Contacts/Priya.md")
        let plan = planner.plan(for: "Priya Raman", records: [PersonNoteFixtures.pilotReview], existingText: olderShape,
                                owner: owner, today: today, known: known)
        XCTAssertEqual(plan.path, "Contacts/Priya.md")
        XCTAssertEqual(plan.topicsAdded, 2)
        XCTAssertEqual(plan.text, """
            ---
            type: people
            title: Priya Raman
            last_contact: '2026-03-02'
            company: Northwind Ports
            role: Operations Lead
            aliases:
            - Priya R.
            ---

            # Priya Raman

            ## Contact Information

            | Field | Value |
            |-------|-------|
            | **Role** | Operations Lead |
            | **Company** | Harbour Authority (seconded) |
            | **Email** | priya.r@example.org |

            ## Key Facts

            - Runs the morning crane briefing.
            - Priya's harbour pilot uses 48 vibration sensors across 3 cranes. — [[2026-03-02 - Harbour sensor pilot review|2026-03-02]]

            ## Topics Discussed

            Harbour sensor pilot, crane maintenance windows
            - Firmware rollout
            - Phase-two budget

            ## Recent Context

            - 2026-03-02: [[2026-03-02 - Harbour sensor pilot review]] - Priya and Marco walked through the harbour sensor pilot, agreed the firmware rollout timeline and…

            ## Profile

            ---
            *Last updated: 2026-03-10*

            """)
    }

    func testAnOlderLastContactNeverMovesBack() throws {
        let note = "---\nlast_contact: '2026-05-01'\n---\n"
        let plan = try PersonNoteFixtures.planner().plan(for: "Priya Raman", records: PersonNoteFixtures.records,
                                                         existingText: note, owner: owner, today: today)
        XCTAssertTrue(plan.text.hasPrefix("---\nlast_contact: '2026-05-01'\ncompany: Northwind Ports\n"))
    }

    func testAPersonsOwnLineNamingTheMeetingIsNotDuplicatedInRecentContext() throws {
        let note = "## Recent Context\n\n- 2026-03-09: [[2026-03-09 - Pilot results check-in]] - my own summary\n"
        let plan = try PersonNoteFixtures.planner().plan(for: "Priya Raman", records: [PersonNoteFixtures.resultsCheckIn],
                                                         existingText: note, owner: owner, today: today)
        XCTAssertEqual(plan.contextAdded, 0)
        XCTAssertTrue(plan.text.contains("- 2026-03-09: [[2026-03-09 - Pilot results check-in]] - my own summary\n"))
    }

    /// Found by `make soak`: a person deleted a meeting's Recent Context line; a later run wrote
    /// that meeting's line in other words (its summary edited since) and so brought it back.
    func testADeletedRecentContextLineDoesNotComeBackInOtherWords() throws {
        let planner = try PersonNoteFixtures.planner()
        let first = planner.plan(for: "Priya Raman", records: [PersonNoteFixtures.resultsCheckIn], existingText: nil, owner: owner,
                                 today: today)
        XCTAssertEqual(first.contextAdded, 1)
        let line = try XCTUnwrap(first.text.split(separator: "\n").first { $0.hasPrefix("- 2026-03-09: [[2026-03-09 - Pilot results check-in]]") })
        let deleted = first.text.replacingOccurrences(of: line + "\n", with: "")
        var edited = PersonNoteFixtures.resultsCheckIn
        edited.summary = "Priya reported the first week of pilot results."
        let again = planner.plan(for: "Priya Raman", records: [edited], existingText: deleted, owner: owner, today: today,
                                 previouslyWritten: first.writtenHashes)
        XCTAssertEqual(again.contextAdded, 0)
        XCTAssertEqual(again.deletedSkipped, 1)
        XCTAssertFalse(again.text.contains("[[2026-03-09 - Pilot results check-in]]"), again.text)
        // A note that never had the line gets it in the new words.
        let fresh = planner.plan(for: "Priya Raman", records: [edited], existingText: deleted, owner: owner, today: today)
        XCTAssertTrue(fresh.text.contains("- 2026-03-09: [[2026-03-09 - Pilot results check-in]] - Priya reported the first week of pilot results."),
                      fresh.text)
    }

    /// A fact left out because the note already says it in other words is settled: once the
    /// person deletes the line that says it, the rewording does not take its place (issue #19:
    /// "a deleted fact's reworded twin reappears").
    func testAFactSkippedAsSaidAlreadyDoesNotReplaceTheLineThePersonDeletes() throws {
        let planner = try PersonNoteFixtures.planner()
        let twin = "- Harbour pilot uses 48 vibration sensors across 3 cranes. — [[2026-03-02 - Harbour sensor pilot review|2026-03-02]]"
        let note = "## Key Facts\n\n" + twin + "\n"
        let first = planner.plan(for: "Priya Raman", records: [PersonNoteFixtures.resultsCheckIn], existingText: note, owner: owner,
                                 today: today)
        XCTAssertFalse(first.text.contains("Harbour pilot now runs 48 vibration sensors on 3 cranes."), first.text)
        let deleted = first.text.replacingOccurrences(of: twin + "\n", with: "")
        let again = planner.plan(for: "Priya Raman", records: [PersonNoteFixtures.resultsCheckIn], existingText: deleted, owner: owner,
                                 today: today, previouslyWritten: first.writtenHashes)
        XCTAssertFalse(again.text.contains("Harbour pilot now runs 48 vibration sensors on 3 cranes."), again.text)
        XCTAssertTrue(again.text.contains("- Crane 2 showed a 12% drop in idle time once the sensor alerts went live."), again.text)
    }
}
