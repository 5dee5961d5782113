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

    func testAPastTenseVerbSendsADateAdjunctBack() throws {
        XCTAssertEqual(try direction(of: "May", in: "Acme renewed in May"), .past)
        XCTAssertEqual(try direction(of: "May", in: "Acme was renewed in May"), .past)
        XCTAssertEqual(try direction(of: "Tuesday", in: "The CFO resigned on Tuesday"), .past)
        XCTAssertEqual(try direction(of: "June", in: "They sold the plant in late June"), .past)
        XCTAssertEqual(try direction(of: "Q2", in: "$/compute added mid-Q2"), .past)
    }

    func testADateInANounPhraseOfAPastClauseIsTheNearest() throws {
        XCTAssertEqual(try direction(of: "Oct 15", in: "Jai confirmed the Oct 15 offsite"), .nearest)
        XCTAssertEqual(try direction(of: "Friday", in: "Kushal set a Friday meeting about VAST"), .nearest)
        XCTAssertEqual(try direction(of: "Friday", in: "He prepped for Jason's Friday meeting with Kushal"), .nearest)
    }

    func testSchedulingVerbsReportADecidedDateAndSameFormVerbsStayOpen() throws {
        XCTAssertEqual(try direction(of: "Oct 15", in: "Offsite confirmed on Oct 15"), .nearest)
        XCTAssertEqual(try direction(of: "Monday", in: "The review was moved to Monday"), .future)
        XCTAssertEqual(try direction(of: "August", in: "Cloud egress cost $310k in August"), .nearest)
    }

    func testNamesCompoundsAndAsidesAreNotVerbs() throws {
        XCTAssertEqual(try direction(of: "December", in: "Communicate first-week-of-December availability to UK Met"), .future)
        XCTAssertEqual(try direction(of: "Friday", in: "Adapt the deck for a Microsoft-led Friday session"), .future)
        XCTAssertEqual(try direction(of: "July", in: "Jason has a stock cliff in July (year unspecified)"), .future)
    }

    func testTextBeforeAColonDoesNotGovernTheListAfterIt() throws {
        XCTAssertEqual(try direction(of: "December", in: "GA plan as discussed: GCP (October), AWS (December)"), .future)
    }

    func testComparisonBaselinesLieBehind() throws {
        XCTAssertEqual(try direction(of: "January", in: "Headcount ends at 410, up from 365 in January"), .past)
    }

    func testNoCueFallsBackToTheSettingWhichIsTheFuture() throws {
        XCTAssertEqual(try direction(of: "April", in: "Board offsite in April"), .future)
    }

    func testCuesInAnotherSentenceDoNotCount() throws {
        XCTAssertEqual(try direction(of: "April", in: "The quote was sent. Board offsite in April"), .future)
    }
}
