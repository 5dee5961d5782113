import XCTest
@testable import MeetingFacts

final class ASCIIWordsTests: XCTestCase {
    private func words(_ text: String) -> [String]? {
        var text = text
        return ASCIIWords.words(of: &text)
    }

    private func key(_ text: String) -> String? {
        var text = text
        return ASCIIWords.key(of: &text)
    }

    func testWordsSplitAtEveryASCIISpaceLikeCharacterIsWhitespace() {
        XCTAssertEqual(words("  Jai\tMenon\r\n Jr.\u{0B}x\u{0C}y "), ["Jai", "Menon", "Jr.", "x", "y"])
        XCTAssertEqual(words(""), [])
        XCTAssertEqual(words("   "), [])
        // Unit separators are no white space for Character either.
        XCTAssertEqual(words("a\u{1F}b"), ["a\u{1F}b"])
        let sample = " O'Brien \t de la\r\nCruz\u{0B}"
        XCTAssertEqual(words(sample), sample.split(whereSeparator: \.isWhitespace).map(String.init))
    }

    func testKeyLowercasesAndJoinsWithSingleSpaces() {
        XCTAssertEqual(key("  Jai   MENON\r\n"), "jai menon")
        XCTAssertEqual(key("O'Brien-Smith"), "o'brien-smith")
        XCTAssertEqual(key(""), "")
    }

    func testNonASCIIIsLeftToTheCharacters() {
        XCTAssertNil(words("José Álvarez"))
        XCTAssertNil(key("Łukasz Nowak"))
        XCTAssertNil(key("O’Brien"))
        XCTAssertNil(key("a\u{85}b"))
    }

    func testPersonNameKeyIsTheSameThroughEitherPath() {
        XCTAssertEqual(PersonNameKey.of("  Jai\tMenon "), "jai menon")
        XCTAssertEqual(PersonNameKey.of("José  Álvarez"), "jose alvarez")
        XCTAssertEqual(PersonNameKey.of("Łukasz O’Brien–Nowak"), "łukasz o'brien-nowak")
        XCTAssertEqual(PersonNameKey.words(of: "Rosanne Kincaid–Smith\r\n"), ["Rosanne", "Kincaid–Smith"])
    }
}
