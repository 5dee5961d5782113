import MeetingFacts
import XCTest

/// `Mention.typedValue`: the same value however it is written, different values apart.
final class MentionTypedValueTests: XCTestCase {
    private func extracted(_ text: String) throws -> [Mention] {
        let rules = try RuleSet.load()
        let context = ExtractionContext(text: text, referenceDate: CalendarDate(year: 2025, month: 10, day: 31), rules: rules)
        return Extractor(rules: rules).extract(context).mentions
    }

    func testTwoSpellingsOfOneQuantityShareTheirValue() throws {
        let short = try extracted("We need 120 PB by spring.").first { $0.kind == .quantity }
        let long = try extracted("We need 120 petabytes by spring.").first { $0.kind == .quantity }
        XCTAssertEqual(short?.typedValue, "q|B|1.2e+17|-1.0|-1.0|")
        XCTAssertEqual(short?.typedValue, long?.typedValue)
    }

    func testCountsOfDifferentThingsDiffer() throws {
        let gpus = try extracted("They ordered 500 GPUs.").first { $0.kind == .quantity }
        let racks = try extracted("They ordered 500 racks.").first { $0.kind == .quantity }
        XCTAssertNotNil(gpus?.typedValue)
        XCTAssertNotEqual(gpus?.typedValue, racks?.typedValue)
    }

    func testADateIsItsResolvedStartAndEnd() throws {
        let date = try extracted("Dallas capacity lands in Jan.").first { $0.kind == .date }
        XCTAssertEqual(date?.typedValue, "d|2026-01-01|2026-01-31")
    }

    func testNamesHaveNoTypedValue() {
        XCTAssertNil(Mention(kind: .person, text: "Priya", line: 1, span: 0..<5).typedValue)
    }
}
