import XCTest
@testable import MeetingFacts

final class SummaryShortenerTests: XCTestCase {
    func testShortSummaryIsKeptWhole() {
        XCTAssertEqual(SummaryShortener(limit: 100).shorten("Priya reported early results\nfrom the pilot."),
                       "Priya reported early results from the pilot.")
    }

    func testLongSummaryIsCutAtAWordBoundaryWithAnEllipsis() {
        let summary = "Priya and Marco walked through the harbour sensor pilot, agreed the firmware rollout timeline and asked Tomas for sign-off."
        let short = SummaryShortener(limit: 100).shorten(summary)
        XCTAssertEqual(short, "Priya and Marco walked through the harbour sensor pilot, agreed the firmware rollout timeline and…")
        XCTAssertLessThanOrEqual(short.count, 100)
    }

    func testCutDropsTrailingPunctuationBeforeTheEllipsis() {
        XCTAssertEqual(SummaryShortener(limit: 14).shorten("Alpha beta, gamma delta"), "Alpha beta…")
    }

    func testListAndTaskMarkersAtLineStartsAreDropped() {
        XCTAssertEqual(SummaryShortener(limit: 100).shorten("- [x] Book the crane inspection\n- Travel - confirm the depot\n2. Order spare sensors"),
                       "Book the crane inspection Travel - confirm the depot Order spare sensors")
    }
}
