import XCTest
@testable import MeetingFacts

final class DateResolverTests: XCTestCase {
    private let friday = CalendarDate(year: 2025, month: 10, day: 31)

    func testBareMonthTakesTheNextOrThePreviousOccurrence() {
        let january = { (year: Int) in ResolvedDate.month(year: year, month: 1) }
        XCTAssertEqual(DateResolver(reference: friday, direction: .future).occurrence(january)?.timex, "2026-01")
        XCTAssertEqual(DateResolver(reference: friday, direction: .past).occurrence(january)?.timex, "2025-01")
    }

    func testTheMonthOfTheMeetingIsBothNextAndPrevious() {
        let october = { (year: Int) in ResolvedDate.month(year: year, month: 10) }
        XCTAssertEqual(DateResolver(reference: friday, direction: .future).occurrence(october)?.timex, "2025-10")
        XCTAssertEqual(DateResolver(reference: friday, direction: .past).occurrence(october)?.timex, "2025-10")
    }

    func testBareWeekdayIsTheNextOrPreviousOneAndTheMeetingDayItself() {
        XCTAssertEqual(DateResolver(reference: friday, direction: .future).weekday(5).timex, "2025-10-31")
        XCTAssertEqual(DateResolver(reference: friday, direction: .past).weekday(5).timex, "2025-10-31")
        XCTAssertEqual(DateResolver(reference: friday, direction: .future).weekday(1).timex, "2025-11-03")
        XCTAssertEqual(DateResolver(reference: friday, direction: .past).weekday(1).timex, "2025-10-27")
    }

    func testNextWeekdayIsInTheFollowingISOWeek() {
        let monday = CalendarDate(year: 2025, month: 10, day: 27)
        // On a Monday, "next Wednesday" skips this week's Wednesday.
        XCTAssertEqual(DateResolver(reference: monday, direction: .future).weekday(3, weeksFromNow: 1).timex, "2025-11-05")
    }

    func testQuarterHalfAndYearBounds() {
        XCTAssertEqual(ResolvedDate.quarter(year: 2026, quarter: 2).start.iso, "2026-04-01")
        XCTAssertEqual(ResolvedDate.quarter(year: 2026, quarter: 2).end.iso, "2026-06-30")
        XCTAssertEqual(ResolvedDate.half(year: 2026, half: 2).end.iso, "2026-12-31")
        XCTAssertEqual(DateResolver(reference: friday, direction: .future).relativePeriod(.quarter, shift: 1).timex, "2026-Q1")
        XCTAssertEqual(DateResolver(reference: friday, direction: .future).relativePeriod(.year, shift: -1).timex, "2024")
    }

    func testPartsOfAMonthNarrowTheDaysAndKeepTheMonth() throws {
        let february = ResolvedDate.month(year: 2028, month: 2)
        let late = try XCTUnwrap(DateResolver.part("late", of: february))
        XCTAssertEqual([late.start.iso, late.end.iso, late.timex, late.grain.rawValue], ["2028-02-21", "2028-02-29", "2028-02", "month"])
        let end = try XCTUnwrap(DateResolver.part("end", of: february))
        XCTAssertEqual([end.start.iso, end.end.iso, end.grain.rawValue], ["2028-02-29", "2028-02-29", "day"])
    }

    func testPartsOfAQuarterAreItsMonths() throws {
        let q2 = ResolvedDate.quarter(year: 2026, quarter: 2)
        let middle = try XCTUnwrap(DateResolver.part("mid", of: q2))
        XCTAssertEqual([middle.start.iso, middle.end.iso, middle.timex, middle.grain.rawValue], ["2026-05-01", "2026-05-31", "2026-Q2", "quarter"])
        XCTAssertEqual(DateResolver.part("end", of: q2)?.timex, "2026-06-30")
    }

    func testCountsFromTheMeetingDateClampToTheMonthEnd() {
        let resolver = DateResolver(reference: friday, direction: .future)
        XCTAssertEqual(resolver.day(after: 2, .week).timex, "2025-11-14")
        XCTAssertEqual(resolver.day(after: 1, .month).timex, "2025-11-30")
        XCTAssertEqual(resolver.day(after: -3, .day).timex, "2025-10-28")
    }

    func testDayOfMonthSkipsMonthsWithoutThatDay() {
        let resolver = DateResolver(reference: CalendarDate(year: 2026, month: 1, day: 31), direction: .future)
        XCTAssertEqual(resolver.dayOfMonth(30)?.timex, "2026-03-30")
    }

    func testISOWeekOfTheFirstOfJanuaryCanBelongToThePreviousYear() {
        XCTAssertEqual(ResolvedDate.week(containing: CalendarDate(year: 2027, month: 1, day: 1)).timex, "2026-W53")
    }
}
