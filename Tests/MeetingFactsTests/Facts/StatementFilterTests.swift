import XCTest
@testable import MeetingFacts

/// What is no fact however it is written, and what a quoted turn keeps.
final class StatementFilterTests: XCTestCase {
    private let filter = StatementFilter(rules: .shipped)

    func testMetadataLabelsHeadingsAndFragmentsAreNoFacts() {
        XCTAssertFalse(filter.isStatement("**Date:** 2025-10-28"))
        XCTAssertFalse(filter.isStatement("**Attendees:** Jai, Jason"))
        XCTAssertFalse(filter.isStatement("**Date:** 2025-10-22 · **People:** [[Sam Hopewell]] · **Customer:** [[OpenAI]]"))
        XCTAssertFalse(filter.isStatement("**Mon (Nov 10)**"))
        XCTAssertFalse(filter.isStatement("### Maria's budget review"))
        XCTAssertFalse(filter.isStatement("_How do you work with this person? What is your dynamic?_"))
        XCTAssertFalse(filter.isStatement("[[2025-10-28 - Cloud BU sync]]"))
        XCTAssertFalse(filter.isStatement("Dallas in Jan"))
    }

    func testASentenceOfFourWordsOrMoreIsAStatement() {
        XCTAssertTrue(filter.isStatement("Dallas capacity lands in Jan"))
        XCTAssertTrue(filter.isStatement("Owner: Priya runs the 12 PB pilot in Dallas"))
    }

    func testFillersAndStuttersLeaveAQuotedTurn() {
        XCTAssertEqual(filter.withoutFillers("um, so we we need, you know, 400 Gbps per rack"), "So we need, 400 Gbps per rack")
    }
}
