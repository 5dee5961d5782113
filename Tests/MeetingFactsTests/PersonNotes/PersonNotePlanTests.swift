import XCTest
@testable import MeetingFacts

/// `PersonNotePlan.heldFacts`: the Key Facts of the meetings that the note holds after the merge,
/// which the state's fact index keeps — never a restatement dropped for a better twin, never a
/// line the person deleted.
final class PersonNotePlanTests: XCTestCase {
    let owner = PersonNoteFixtures.owner
    let records = PersonNoteFixtures.records
    let march10 = CalendarDate(year: 2026, month: 3, day: 10)
    let march20 = CalendarDate(year: 2026, month: 3, day: 20)

    let pilot = "- Harbour pilot now runs 48 vibration sensors on 3 cranes. — [[2026-03-09 - Pilot results check-in|2026-03-09]]"
    let crane = "- Crane 2 showed a 12% drop in idle time once the sensor alerts went live. — [[2026-03-09 - Pilot results check-in|2026-03-09]]"
    let marco = "- Marco Ilves moves to the Rotterdam office on 2026-04-01. — [[2026-03-09 - Pilot results check-in|2026-03-09]]"

    func testHeldFactsAreTheFactsWrittenWithoutTheRestatementDropped() throws {
        let plan = try PersonNoteFixtures.planner().plan(for: "Priya Raman", records: records, existingText: nil, owner: owner, today: march10)
        XCTAssertEqual(plan.heldFacts.map(\.line), [pilot, crane, marco])
        XCTAssertEqual(plan.heldFacts.map(\.meetingPath), Array(repeating: "Meetings/2026-03-09 - Pilot results check-in.md", count: 3))
        XCTAssertEqual(plan.heldFacts.map { $0.fact?.line }, [17, 18, 19])
        XCTAssertEqual(plan.restatementsDropped, 1)
    }

    func testAFactLineThePersonDeletedIsNotHeld() throws {
        let planner = try PersonNoteFixtures.planner()
        let first = planner.plan(for: "Priya Raman", records: records, existingText: nil, owner: owner, today: march10)
        let edited = first.text.replacingOccurrences(of: crane + "\n", with: "")
        let again = planner.plan(for: "Priya Raman", records: records, existingText: edited, owner: owner, today: march20,
                                 previouslyWritten: first.writtenHashes)
        XCTAssertEqual(again.change, .unchanged)
        XCTAssertEqual(again.heldFacts.map(\.line), [pilot, marco], "already there counts; the deleted line does not")
    }
}
