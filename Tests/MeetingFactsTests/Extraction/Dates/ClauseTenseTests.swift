import XCTest
@testable import MeetingFacts

/// The tense of a clause read from its verbs' forms: regular and irregular pasts, perfects,
/// present auxiliaries and third-person verbs, and the words that look like verbs but are not.
final class ClauseTenseTests: XCTestCase {
    private func verbs(_ text: String) -> [(String, ClauseTense.Tense)] {
        let buffer = TextBuffer(text)
        let words = SentenceWords(buffer, sentence: 0..<buffer.count, excluding: 0..<0).items
        return ClauseTense(rules: RuleSet.shipped).verbs(in: words).map { (buffer.text($0.range), $0.tense) }
    }

    private func tense(_ text: String) -> ClauseTense.Tense? {
        let buffer = TextBuffer(text)
        return ClauseTense(rules: RuleSet.shipped).tense(of: SentenceWords(buffer, sentence: 0..<buffer.count, excluding: 0..<0).items)
    }

    func testRegularAndIrregularPastForms() {
        XCTAssertEqual(verbs("The CFO resigned and sold the plant").map(\.0), ["resigned", "sold"])
        XCTAssertEqual(tense("Acme renewed the lease"), .past)
        XCTAssertEqual(tense("They went to Austin"), .past)
        XCTAssertEqual(tense("Sales fell and costs rose"), .past)
    }

    func testPerfectIsAPastEvent() {
        let found = ClauseTense(rules: RuleSet.shipped)
        let buffer = TextBuffer("Usage has grown fast")
        let verbs = found.verbs(in: SentenceWords(buffer, sentence: 0..<buffer.count, excluding: 0..<0).items)
        XCTAssertTrue(verbs.contains { buffer.text($0.range) == "grown" && $0.tense == .past && $0.perfect })
    }

    func testPresentAuxiliariesAndThirdPersonVerbs() {
        XCTAssertEqual(tense("Azure Storage lacks a deployable solution"), .present)
        XCTAssertEqual(tense("Why can't they use the cache"), .present)
        XCTAssertEqual(tense("It targets fan-out writes"), .present)
    }

    func testWordsEndingInEdThatAreNoVerbs() {
        XCTAssertEqual(verbs("We need a hundred red racks with limited power").count, 0)
        XCTAssertNil(tense("Send the revised quote"))
    }

    func testAdjectivalParticiplesNamesAndCompoundsAreNotVerbs() {
        XCTAssertEqual(verbs("The delayed order is big").map(\.0), ["is"])
        XCTAssertEqual(verbs("Access for UK Met was slow").map(\.0), ["was"])
        XCTAssertEqual(verbs("a Microsoft-led session").count, 0)
    }

    func testVerbsWhosePastIsTheirPresentStayOpen() {
        XCTAssertEqual(tense("Cloud egress cost $310k"), .open)
    }
}
