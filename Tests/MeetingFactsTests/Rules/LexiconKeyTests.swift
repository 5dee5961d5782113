import XCTest
@testable import MeetingFacts

final class LexiconKeyTests: XCTestCase {
    private func lexicon(_ forms: [String], caseSensitive: Bool = false) -> Lexicon {
        Lexicon(name: "TEST", caseSensitive: caseSensitive, entries: forms.map { Lexicon.Entry(forms: [$0], attributes: [:]) },
                location: SourceLocation(path: "test.yml", line: 1, column: 1))
    }

    func testASCIIKeyIsTheFoldedSurface() {
        XCTAssertEqual(Lexicon.asciiKey("Next Week", foldingCase: true), "next week")
        XCTAssertEqual(Lexicon.asciiKey("Next Week", foldingCase: false), "Next Week")
        XCTAssertEqual(Lexicon.asciiKey("by", foldingCase: true), "by")
    }

    func testSurfacesTheBytesCannotFoldGoThroughCharacters() {
        XCTAssertNil(Lexicon.asciiKey("next  week", foldingCase: true))
        XCTAssertNil(Lexicon.asciiKey(" next", foldingCase: true))
        XCTAssertNil(Lexicon.asciiKey("next\tweek", foldingCase: true))
        XCTAssertNil(Lexicon.asciiKey("next\r\nweek", foldingCase: true))
        XCTAssertNil(Lexicon.asciiKey("José", foldingCase: true))
        XCTAssertNil(Lexicon.asciiKey("’ll", foldingCase: true))
        XCTAssertNil(Lexicon.asciiKey("", foldingCase: true))
    }

    func testLookupsAgreeWhicheverPathTheyTake() {
        let words = lexicon(["next week", "José", "we’ll", "Łukasz"])
        XCTAssertTrue(words.contains("Next Week"))
        XCTAssertTrue(words.contains("next \t week"))
        XCTAssertTrue(words.contains("JOSÉ"))
        XCTAssertTrue(words.contains("We’ll"))
        XCTAssertTrue(words.contains("łukasz"))
        XCTAssertFalse(words.contains("next weeks"))
        let exact = lexicon(["VAST"], caseSensitive: true)
        XCTAssertTrue(exact.contains("VAST"))
        XCTAssertFalse(exact.contains("Vast"))
    }
}
