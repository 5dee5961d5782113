import XCTest
@testable import MeetingFacts

final class PersonNamePartsTests: XCTestCase {
    private let lexicons = PersonLexicons(rules: .shipped)

    func testPartsAreTheKeyWordsTheSurnameAndTheGivenNameKeys() {
        let parts = PersonNameParts("José  Álvarez de la Cruz", lexicons: lexicons)
        XCTAssertEqual(parts.name, "José  Álvarez de la Cruz")
        XCTAssertEqual(parts.words, ["jose", "alvarez", "de", "la", "cruz"])
        XCTAssertEqual(parts.surname, "alvarez de la cruz")
        XCTAssertTrue(parts.givenKeys.contains("jose"))
    }

    func testCurlyApostrophesAndDashesFoldLikeTheKey() {
        let parts = PersonNameParts("Seán O’Brien–Kelly", lexicons: lexicons)
        XCTAssertEqual(parts.words, ["sean", "o'brien-kelly"])
        XCTAssertEqual(parts.surname, "o'brien-kelly")
    }

    func testAnEmptyNameHasNoWordsAndNoGivenKeys() {
        let parts = PersonNameParts("  ", lexicons: lexicons)
        XCTAssertEqual(parts.words, [])
        XCTAssertEqual(parts.surname, "")
        XCTAssertEqual(parts.givenKeys, [])
    }

    /// Parts computed once answer as the names do, pair by pair.
    func testMatchingOnPartsEqualsMatchingOnNames() {
        let matcher = NameVariantMatcher(rules: .shipped, lexicons: lexicons)
        let detector = NearMissDetector(rules: .shipped, lexicons: lexicons)
        let names = ["Andy Pernsteiner", "Andrew Pernsteiner", "Jai Menon", "Jay Menon", "Łukasz Nowak", "Lukasz Nowak",
                     "Ilse Kattner", "Ilse Katner", "Liraz Ben", "Liraz Ben Or"]
        let parts = names.map { PersonNameParts($0, lexicons: lexicons) }
        for (left, leftParts) in zip(names, parts) {
            for (right, rightParts) in zip(names, parts) {
                XCTAssertEqual(matcher.reason(leftParts, isVariantOf: rightParts), matcher.reason(left, isVariantOf: right), "\(left) / \(right)")
            }
            XCTAssertEqual(detector.suspectedMatch(for: leftParts, among: parts), detector.suspectedMatch(for: left, among: names), left)
        }
        XCTAssertEqual(matcher.reason("Jay Menon", isVariantOf: "Jai Menon"), .nickname)
        XCTAssertEqual(matcher.reason("Ilse Katner", isVariantOf: "Ilse Kattner"), .surnameClose)
    }
}
