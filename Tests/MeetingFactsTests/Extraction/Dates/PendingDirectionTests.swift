import XCTest
@testable import MeetingFacts

final class PendingDirectionTests: XCTestCase {
    private final class Counter: @unchecked Sendable { var reads = 0 }

    func testTheDirectionIsReadOnceAndOnlyWhenAsked() {
        let counter = Counter()
        let pending = PendingDirection { counter.reads += 1; return .past }
        XCTAssertEqual(counter.reads, 0)
        XCTAssertEqual(pending.direction, .past)
        XCTAssertEqual(pending.direction, .past)
        XCTAssertEqual(counter.reads, 1)
    }

    func testAResolverThatNeverAsksNeverReads() {
        let counter = Counter()
        let resolver = DateResolver(reference: CalendarDate(year: 2025, month: 11, day: 15), direction: { counter.reads += 1; return .past })
        XCTAssertEqual(resolver.relativePeriod(.week, shift: 1).start.iso, "2025-11-17")
        XCTAssertEqual(counter.reads, 0)
        // A bare weekday needs it: the Friday before Saturday 2025-11-15.
        XCTAssertEqual(resolver.weekday(5).start.iso, "2025-11-14")
        XCTAssertEqual(counter.reads, 1)
    }
}
