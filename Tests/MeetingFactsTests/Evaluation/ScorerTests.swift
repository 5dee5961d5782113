import XCTest
@testable import MeetingFacts

final class ScorerTests: XCTestCase {
    private func quantity(_ text: String, _ span: Range<Int>, value: Double, unit: String = "B") -> Mention {
        var mention = Mention(kind: .quantity, text: text, line: 1, span: span)
        mention.unit = unit
        mention.value = value
        return mention
    }

    private func date(_ text: String, _ span: Range<Int>, day: String) -> Mention {
        var mention = Mention(kind: .date, text: text, line: 1, span: span)
        mention.start = day
        mention.end = day
        mention.grain = "day"
        mention.timex = day
        return mention
    }

    func testExactMatchCountsInBothModes() {
        let gold = [quantity("12 PB", 4..<9, value: 12e15)]
        let score = Scorer().score(gold: gold, predicted: gold)
        XCTAssertEqual(score.kinds["quantity"], KindScore(kind: "quantity", gold: 1, predicted: 1, strictMatches: 1, relaxedMatches: 1))
        XCTAssertEqual(score.errors, [])
    }

    func testWrongValueIsRelaxedOnly() {
        let gold = [quantity("12 PB", 4..<9, value: 12e15)]
        let predicted = [quantity("12 PB", 4..<9, value: 12e12)]
        let score = Scorer().score(gold: gold, predicted: predicted)
        XCTAssertEqual(score.kinds["quantity"]?.strictMatches, 0)
        XCTAssertEqual(score.kinds["quantity"]?.relaxedMatches, 1)
        XCTAssertEqual(score.errors.map(\.category), [.wrongValue])
    }

    func testNumbersWithinOneMillionthAreEqual() {
        let gold = [quantity("1 PB/day", 0..<8, value: 1e15 / 86400, unit: "B/s")]
        let predicted = [quantity("1 PB/day", 0..<8, value: 11574074074.0741, unit: "B/s")]
        XCTAssertEqual(Scorer().score(gold: gold, predicted: predicted).kinds["quantity"]?.strictMatches, 1)
        let far = [quantity("1 PB/day", 0..<8, value: 11574100000, unit: "B/s")]
        XCTAssertEqual(Scorer().score(gold: gold, predicted: far).kinds["quantity"]?.strictMatches, 0)
    }

    func testMissingApproxMeansFalse() {
        var gold = quantity("40 racks", 0..<8, value: 40, unit: "count")
        gold.approx = false
        let predicted = quantity("40 racks", 0..<8, value: 40, unit: "count")
        XCTAssertEqual(Scorer().score(gold: [gold], predicted: [predicted]).kinds["quantity"]?.strictMatches, 1)
    }

    func testBoundaryMissedAndSpuriousGiveExactScores() {
        // Gold: "about 5 PB" and "June 3" and "March"; predicted: "5 PB" (boundary), "June 3" (exact),
        // and a spurious "today". March is missed.
        let gold = [quantity("about 5 PB", 0..<10, value: 5e15), date("June 3", 20..<26, day: "2025-06-03"),
                    date("March", 40..<45, day: "2025-03-01")]
        let predicted = [quantity("5 PB", 6..<10, value: 5e15), date("June 3", 20..<26, day: "2025-06-03"),
                         date("today", 50..<55, day: "2025-01-01")]
        let score = Scorer().score(gold: gold, predicted: predicted)
        XCTAssertEqual(score.kinds["quantity"], KindScore(kind: "quantity", gold: 1, predicted: 1, strictMatches: 0, relaxedMatches: 1))
        XCTAssertEqual(score.kinds["date"], KindScore(kind: "date", gold: 2, predicted: 2, strictMatches: 1, relaxedMatches: 1))
        XCTAssertEqual(score.errors.map(\.category), [.boundary, .missed, .spurious])
        let dates = score.kinds["date"]!
        XCTAssertEqual(dates.strict.precision, 0.5)
        XCTAssertEqual(dates.strict.recall, 0.5)
        XCTAssertEqual(dates.strict.f1, 0.5)
        let quantities = score.kinds["quantity"]!
        XCTAssertEqual(quantities.strict.f1, 0)
        XCTAssertEqual(quantities.relaxed.f1, 1)
    }

    func testOverlapOfAnotherKindIsWrongKind() {
        let gold = [quantity("10 weeks", 0..<8, value: 10, unit: "count")]
        let predicted = [date("10 weeks", 0..<8, day: "2025-09-17")]
        let score = Scorer().score(gold: gold, predicted: predicted)
        XCTAssertEqual(score.kinds["quantity"]?.relaxedMatches, 0)
        XCTAssertEqual(score.errors.map(\.category), [.wrongKind])
    }

    func testEachGoldMatchesOnePrediction() {
        let gold = [quantity("8 TB", 0..<4, value: 8e12)]
        let predicted = [quantity("8 TB", 0..<4, value: 8e12), quantity("8 TB", 0..<4, value: 8e12)]
        let score = Scorer().score(gold: gold, predicted: predicted)
        XCTAssertEqual(score.kinds["quantity"]?.strict.precision, 0.5)
        XCTAssertEqual(score.kinds["quantity"]?.strict.recall, 1)
        XCTAssertEqual(score.errors.map(\.category), [.spurious])
    }

    func testEmptyKindScoresOneWithoutPredictions() {
        let score = KindScore(kind: "site")
        XCTAssertEqual(score.strict, PrecisionRecall(matches: 0, gold: 0, predicted: 0))
        XCTAssertEqual(score.strict.f1, 1)
        XCTAssertEqual(KindScore(kind: "site", gold: 3).strict.f1, 0)
    }
}
