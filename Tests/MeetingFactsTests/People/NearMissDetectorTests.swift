import XCTest
@testable import MeetingFacts

/// Near misses under the shipped `people.near-miss.*` settings.
final class NearMissDetectorTests: XCTestCase {
    private let detector = NearMissDetector(rules: .shipped, lexicons: PersonLexicons(rules: .shipped))
    private let known = ["Ilse Kattner", "Tobin Mill", "Radek Novak"]

    func testSharedFirstNameAndCloseSurnameIsANearMiss() {
        XCTAssertEqual(detector.suspectedMatch(for: "Ilse Katner", among: known), "Ilse Kattner")
        // Three edits on a four-letter surname with the same initial is still within the limits.
        XCTAssertEqual(detector.suspectedMatch(for: "Tobin Mao", among: known), "Tobin Mill")
    }

    func testSharedSurnameAndCloseFirstNameIsANearMiss() {
        XCTAssertEqual(detector.suspectedMatch(for: "Radec Novak", among: known), "Radek Novak")
    }

    func testDifferentInitialOrFarSpellingIsNotANearMiss() {
        XCTAssertNil(detector.suspectedMatch(for: "Tobin Hill", among: known))
        XCTAssertNil(detector.suspectedMatch(for: "Ilse Kowalski", among: known))
        XCTAssertNil(detector.suspectedMatch(for: "Marta Kattner", among: known))
    }

    func testTheKnownNameItselfAndLoneFirstNamesAreNotNearMisses() {
        XCTAssertNil(detector.suspectedMatch(for: "Ilse Kattner", among: known))
        XCTAssertNil(detector.suspectedMatch(for: "Ilse", among: known))
    }

    func testNicknameCountsAsTheSameFirstName() {
        XCTAssertEqual(detector.suspectedMatch(for: "Bob Klien", among: ["Robert Klein"]), "Robert Klein")
    }
}
