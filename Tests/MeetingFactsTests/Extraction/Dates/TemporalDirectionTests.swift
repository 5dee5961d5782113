import XCTest
@testable import MeetingFacts

final class TemporalDirectionTests: XCTestCase {
    /// The direction read for the first occurrence of `target` in `text`.
    private func direction(of target: String, in text: String) throws -> TemporalDirection {
        let context = ExtractionContext(text: text, referenceDate: nil, rules: RuleSet.shipped)
        let offset = try XCTUnwrap(text.range(of: target)).lowerBound.utf16Offset(in: text)
        let start = text.utf8.count - text[text.index(text.startIndex, offsetBy: offset)...].utf8.count
        return TemporalDirection.around(start..<(start + target.utf8.count), in: context)
    }

    func testNearestCueWins() throws {
        XCTAssertEqual(try direction(of: "March", in: "We signed in March and will ship in June"), .past)
        XCTAssertEqual(try direction(of: "June", in: "We signed in March and will ship in June"), .future)
    }

    func testPassiveAfterAFutureCueIsAPlan() throws {
        XCTAssertEqual(try direction(of: "March", in: "The order should be signed in March"), .future)
        XCTAssertEqual(try direction(of: "March", in: "The deal was signed in March"), .past)
    }

    func testDeadlinePrepositionCountsOnlyRightBeforeTheDate() throws {
        XCTAssertEqual(try direction(of: "Friday", in: "Send the deck by Friday"), .future)
        XCTAssertEqual(try direction(of: "April", in: "Output was reviewed by Ana in April"), .past)
    }

    func testContractionsAreCues() throws {
        XCTAssertEqual(try direction(of: "Friday", in: "We'll send it Friday"), .future)
    }

    func testAPastTenseEndingAloneAsksForTheNearestOccurrence() throws {
        XCTAssertEqual(try direction(of: "May", in: "Acme renewed in May"), .nearest)
        XCTAssertEqual(try direction(of: "May", in: "Acme was renewed in May"), .past)
    }

    func testNoCueFallsBackToTheSettingWhichIsTheFuture() throws {
        XCTAssertEqual(try direction(of: "April", in: "Board offsite in April"), .future)
    }

    func testCuesInAnotherSentenceDoNotCount() throws {
        XCTAssertEqual(try direction(of: "April", in: "The quote was sent. Board offsite in April"), .future)
    }
}
