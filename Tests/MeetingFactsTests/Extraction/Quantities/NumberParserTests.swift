import XCTest
@testable import MeetingFacts

final class NumberParserTests: XCTestCase {
    private let parser = NumberParser(rules: RuleSet.shipped)

    private func value(_ surface: String) -> Double? { parser.parse(surface)?.value }

    func testDigitsWithSeparatorsAndDecimals() {
        XCTAssertEqual(value("1,024"), 1024)
        XCTAssertEqual(value("1,250,000"), 1_250_000)
        XCTAssertEqual(value("62.5"), 62.5)
        XCTAssertEqual(value(".75"), 0.75)
    }

    func testLetterMultipliersAreCaseSensitive() {
        XCTAssertEqual(value("10K"), 10_000)
        XCTAssertEqual(value("300k"), 300_000)
        XCTAssertEqual(value("1.2B"), 1.2e9)
        XCTAssertEqual(value("3bn"), 3e9)
        XCTAssertEqual(value("5mm"), 5e6)
        XCTAssertEqual(value("2.5M"), 2.5e6)
    }

    func testScaleWordsAfterANumeral() {
        XCTAssertEqual(value("40 million"), 4e7)
        XCTAssertEqual(value("1.5 billion"), 1.5e9)
        XCTAssertEqual(value("2 trillion"), 2e12)
    }

    func testTheMultiplierIsReportedSoARangeCanShareIt() {
        XCTAssertEqual(parser.parse("25M"), ParsedNumber(value: 2.5e7, scale: 1e6))
        XCTAssertEqual(parser.parse("20"), ParsedNumber(value: 20, scale: nil))
    }

    func testNumbersInWords() {
        XCTAssertEqual(value("seven"), 7)
        XCTAssertEqual(value("twenty-four"), 24)
        XCTAssertEqual(value("twenty four"), 24)
        XCTAssertEqual(value("two hundred and five"), 205)
        XCTAssertEqual(value("three million"), 3e6)
        XCTAssertEqual(value("two dozen"), 24)
        XCTAssertEqual(value("one hundred twenty thousand"), 120_000)
    }

    func testSetPhrases() {
        XCTAssertEqual(value("a dozen"), 12)
        XCTAssertEqual(value("half a dozen"), 6)
        XCTAssertEqual(value("half an"), 0.5)
        XCTAssertEqual(value("a couple of"), 2)
        XCTAssertEqual(value("a hundred"), 100)
    }

    func testFractions() {
        XCTAssertEqual(value("½"), 0.5)
        XCTAssertEqual(value("2½"), 2.5)
        XCTAssertEqual(value("3/4"), 0.75)
        XCTAssertEqual(value("10 1/2"), 10.5)
        XCTAssertEqual(value("two and a half"), 2.5)
        XCTAssertEqual(value("five eighths"), 0.625)
        XCTAssertEqual(value("one and a fourth"), 1.25)
    }

    func testMinusSign() {
        XCTAssertEqual(value("-5"), -5)
        XCTAssertEqual(value("−12.5"), -12.5)
    }

    func testSetPhrasesScaleByAFollowingWord() {
        XCTAssertEqual(value("half a million"), 5e5)
        XCTAssertEqual(value("a couple thousand"), 2000)
    }

    func testStutteredNumberWordsAreNotAdded() {
        XCTAssertNil(parser.parse("eight nine"))
        XCTAssertNil(parser.parse("two two"))
        XCTAssertEqual(value("ninety nine"), 99)
    }

    func testWhatIsNotANumber() {
        XCTAssertNil(parser.parse("GPU"))
        XCTAssertNil(parser.parse("5 racks"))
        XCTAssertNil(parser.parse(""))
    }
}
