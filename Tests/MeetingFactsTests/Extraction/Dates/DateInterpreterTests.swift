import XCTest
@testable import MeetingFacts

/// Dates as `extract` reports them: the shipped rules run through the whole extractor.
final class DateInterpreterTests: XCTestCase {
    private func dates(_ text: String, on meetingDate: String) -> [Mention] {
        let context = ExtractionContext(text: text, referenceDate: CalendarDate(iso: meetingDate), rules: RuleSet.shipped)
        return Extractor(rules: RuleSet.shipped).extract(context).mentions.filter { $0.kind == .date }
    }

    func testBareMonthInAPlanIsTheComingOne() throws {
        let found = dates("Dallas capacity lands in Jan", on: "2025-10-31")
        XCTAssertEqual(found.count, 1)
        let jan = try XCTUnwrap(found.first)
        XCTAssertEqual(jan.text, "Jan")
        XCTAssertEqual(jan.start, "2026-01-01")
        XCTAssertEqual(jan.end, "2026-01-31")
        XCTAssertEqual(jan.grain, "month")
        XCTAssertEqual(jan.timex, "2026-01")
        XCTAssertEqual(jan.span, [25, 28])
    }

    func testBareMonthsWithoutPrepositionAsNotesWriteThem() {
        let found = dates("Dallas capacity (HDD) landing Jan; larger new capacity expected April", on: "2025-10-31")
        XCTAssertEqual(found.map(\.text), ["Jan", "April"])
        XCTAssertEqual(found.map(\.timex), ["2026-01", "2026-04"])
        XCTAssertEqual(dates("Dallas capacity lands in Jan", on: "2025-10-31").map(\.timex), ["2026-01"])
        XCTAssertEqual(dates("GA target is February; go-live May; Dec/Apr both work", on: "2025-10-31").map(\.timex),
                       ["2026-02", "2026-05", "2025-12", "2026-04"])
    }

    func testAMonthThatIsAFirstNameBeforeAnInitialOrSurnameIsAPerson() {
        XCTAssertEqual(dates("Red Stapler was founded by Jan C. Stefansson; June Carter joined", on: "2025-10-06"), [])
    }

    func testARangeWithBothEndsWrittenIsOneDate() throws {
        let range = try XCTUnwrap(dates("Possible sync in San Francisco Nov 4–6", on: "2025-10-22").first)
        XCTAssertEqual(range.text, "Nov 4–6")
        XCTAssertEqual([range.start, range.end, range.grain, range.timex], ["2025-11-04", "2025-11-06", "day", "2025-11-04"])
        let months = try XCTUnwrap(dates("First deals targeted for Nov–Dec", on: "2025-10-28").first)
        XCTAssertEqual([months.start, months.end, months.grain, months.timex], ["2025-11-01", "2025-12-31", "month", "2025-11"])
        // A move from one month to another is two dates.
        XCTAssertEqual(dates("Release 5.4 slipped from June to Oct", on: "2025-10-24").map(\.text), ["June", "Oct"])
    }

    func testThisWeekOnTheLastMondayOfTheYearIsTheFirstISOWeekOfTheNext() throws {
        let week = try XCTUnwrap(dates("We are heads down this week.", on: "2025-12-29").first)
        XCTAssertEqual(week.text, "this week")
        XCTAssertEqual(week.timex, "2026-W01")
        XCTAssertEqual(week.start, "2025-12-29")
        XCTAssertEqual(week.end, "2026-01-04")
        XCTAssertEqual(week.grain, "week")
    }

    func testNextWeekOnTheLastMondayOfTheYearIsISOWeekTwo() throws {
        let week = try XCTUnwrap(dates("Racks ship next week.", on: "2025-12-29").first)
        XCTAssertEqual(week.timex, "2026-W02")
        XCTAssertEqual(week.start, "2026-01-05")
        XCTAssertEqual(week.end, "2026-01-11")
    }

    func testSurfaceLeavesOutTheWordBeforeTheDate() {
        let found = dates("Sign by March; ship in two weeks; task 📅 2025-11-07", on: "2025-10-31")
        XCTAssertEqual(found.map(\.text), ["March", "two weeks", "2025-11-07"])
        XCTAssertEqual(found.map(\.timex), ["2026-03", "2025-11-14", "2025-11-07"])
    }

    func testPastAndFutureInOneLineFollowTheirOwnClauses() {
        let found = dates("We signed in March. We will expand in March.", on: "2025-10-31")
        XCTAssertEqual(found.map(\.timex), ["2025-03", "2026-03"])
    }

    func testAReportedConfirmationKeepsTheComingDate() {
        let found = dates("Jai confirmed the Oct 15 offsite.", on: "2025-09-15")
        XCTAssertEqual(found.map(\.timex), ["2025-10-15"])
    }

    func testNamesVerbsFractionsAndVersionsAreNotDates() {
        XCTAssertEqual(dates("Jan, April and June met; we may march on; 3/4 full; 24/7 NOC; v2025.1 at 10:30", on: "2025-10-31"), [])
    }

    func testAFifthWeekdayThatTheMonthLacksIsNoDay() {
        // February 2026 has four Fridays; the month alone is still a date.
        let found = dates("Offsite on the fifth Friday of February 2026", on: "2025-10-31")
        XCTAssertEqual(found.map(\.text), ["February 2026"])
        XCTAssertEqual(found.map(\.timex), ["2026-02"])
    }

    func testDayFirstReadingWhenTheContextAsksForIt() throws {
        var context = ExtractionContext(text: "Invoice on 03/11/2025", referenceDate: CalendarDate(iso: "2025-10-31"),
                                        rules: RuleSet.shipped)
        context.monthFirst = false
        let date = try XCTUnwrap(Extractor(rules: RuleSet.shipped).extract(context).mentions.first { $0.kind == .date })
        XCTAssertEqual(date.timex, "2025-11-03")
    }

    func testRelativeDateWithoutAMeetingDateIsFoundButNotResolved() throws {
        let context = ExtractionContext(text: "Ship it next week", referenceDate: nil, rules: RuleSet.shipped)
        let date = try XCTUnwrap(Extractor(rules: RuleSet.shipped).extract(context).mentions.first { $0.kind == .date })
        XCTAssertEqual(date.text, "next week")
        XCTAssertNil(date.start)
        XCTAssertNil(date.timex)
    }
}
