import XCTest
@testable import MeetingFacts

final class DurationInterpreterTests: XCTestCase {
    private func durations(_ text: String) -> [Mention] {
        let rules = RuleSet.shipped
        let context = ExtractionContext(text: text, referenceDate: CalendarDate(year: 2025, month: 10, day: 31), rules: rules)
        return Extractor(rules: rules).extract(context).mentions.filter { $0.kind == .duration }
    }

    func testCalendarUnitsFollowTheContract() {
        XCTAssertEqual(durations("a trial of 30 days").first?.seconds, 2_592_000)
        XCTAssertEqual(durations("a trial of 30 days").first?.timex, "P30D")
        XCTAssertEqual(durations("six weeks of onboarding").first?.timex, "P6W")
        XCTAssertEqual(durations("two quarters of work").first?.seconds, 15_552_000)
        XCTAssertEqual(durations("two quarters of work").first?.timex, "P2Q")
        XCTAssertEqual(durations("one month of notice").first?.seconds, 2_592_000)
        XCTAssertEqual(durations("one year of support").first?.seconds, 31_536_000)
    }

    func testHyphenatedAdjectivesAreDurations() throws {
        let trial = try XCTUnwrap(durations("a 90-day trial").first)
        XCTAssertEqual(trial.text, "90-day")
        XCTAssertEqual(trial.timex, "P90D")
        XCTAssertEqual(trial.seconds, 7_776_000)
        XCTAssertEqual(trial.approx, false)
    }

    func testTimeUnitsUseTheTimeDesignator() {
        XCTAssertEqual(durations("a weekly 30-minute sync").first?.timex, "PT30M")
        XCTAssertEqual(durations("half an hour").first?.timex, "PT0.5H")
        XCTAssertEqual(durations("half an hour").first?.seconds, 1800)
        XCTAssertEqual(durations("latency of 5 ms").first?.timex, "PT0.005S")
    }

    func testHedgesAndRanges() throws {
        let hedged = try XCTUnwrap(durations("about 2 weeks of slack").first)
        XCTAssertEqual(hedged.approx, true)
        let range = try XCTUnwrap(durations("expect 2–3 weeks").first)
        XCTAssertEqual(range.low, 1_209_600)
        XCTAssertEqual(range.high, 1_814_400)
        XCTAssertNil(range.seconds)
    }

    func testTimexNumbersDropATrailingZero() {
        XCTAssertEqual(DurationInterpreter.timexNumber(30), "30")
        XCTAssertEqual(DurationInterpreter.timexNumber(1.5), "1.5")
    }

    func testDecadesAndNumberedDaysAreNotDurations() {
        XCTAssertEqual(durations("music of the 1990s"), [])
        XCTAssertEqual(durations("Day 2 of the offsite"), [])
    }
}

/// Durations of the contract's second edition, through the whole extractor.
final class DurationSecondEditionTests: XCTestCase {
    private func durations(_ text: String) -> [Mention] {
        let context = ExtractionContext(text: text, referenceDate: CalendarDate(iso: "2025-10-31"), rules: RuleSet.shipped)
        return Extractor(rules: RuleSet.shipped).extract(context).mentions.filter { $0.kind == .duration }
    }

    func testFuzzyDurationsHaveATimexWithXAndNoSeconds() throws {
        let found = durations("The overhaul took several months; we have been customers for years; a multi-year effort.")
        XCTAssertEqual(found.map(\.timex), ["PXM", "PXY", "PXY"])
        XCTAssertEqual(found.map(\.seconds), [nil, nil, nil])
        XCTAssertEqual(found.map(\.approx), [true, true, true])
    }

    func testARangeCarriesTheTimexOfItsUpperEnd() throws {
        let range = try XCTUnwrap(durations("Offline operation for 72–96 hours.").first)
        XCTAssertEqual([range.low, range.high], [259200, 345600])
        XCTAssertEqual(range.timex, "PT96H")
        XCTAssertNil(range.seconds)
    }

    func testAnIndefiniteArticleCountsOneButNotInARate() {
        XCTAssertEqual(durations("Ford closed the plant a month earlier.").map(\.timex), ["P1M"])
        XCTAssertEqual(durations("We pay $22,000 a month and meet once a week.").count, 0)
        XCTAssertEqual(durations("Their quote is $1.4 million a year.").count, 0)
    }

    func testOverBeforeADurationIsASpanNotAHedgeAndAgesAreNoDurations() throws {
        let span = try XCTUnwrap(durations("The renewal is worth $1.8 million over 3 years.").first)
        XCTAssertEqual(span.text, "3 years")
        XCTAssertEqual(span.approx, false)
        XCTAssertEqual(durations("A 40-year-old engineer joined; he is 40 years old.").count, 0)
    }

    func testModelNumbersWithAnSAreNotSeconds() {
        XCTAssertEqual(durations("Ryanair ordered five more 737s and a $40 billion US deal.").count, 0)
    }
}
