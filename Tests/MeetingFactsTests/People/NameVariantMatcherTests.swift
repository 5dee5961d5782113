import XCTest
@testable import MeetingFacts

/// Spellings of one person that transcripts and hurried notes produce, and names that only look alike.
final class NameVariantMatcherTests: XCTestCase {
    private let matcher = NameVariantMatcher(rules: .shipped, lexicons: PersonLexicons(rules: .shipped))

    private func reason(_ name: String, _ known: String, attending: Bool = false) -> NameVariantMatcher.Reason? {
        matcher.reason(name, isVariantOf: known, attending: attending)
    }

    func testSpeechRecognitionSpellingsAreOnePerson() {
        XCTAssertEqual(reason("Tomer Hagey", "Tomer Hagay"), .surnameClose)
        XCTAssertEqual(reason("Jonsi Stephenson", "Jonsi Stefansson"), .surnameClose)
        XCTAssertEqual(reason("Ronnie Borker", "Ronnie Booker"), .surnameClose)
        XCTAssertEqual(reason("Andy Persteiner", "Andy Pernsteiner"), .surnameClose)
        XCTAssertEqual(reason("Yogev Vakin", "Yogev Vankin"), .surnameClose)
        XCTAssertEqual(reason("Kushal Dada", "Kushal Datta"), .surnameSound)
        XCTAssertEqual(reason("Jason Valeri", "Jason Vallery"), .surnameClose)
        XCTAssertEqual(reason("Kishore Enamapuri", "Kishore Inampudi", attending: true), .surnameClose)
    }

    func testGivenNameVariantsWithTheSameSurnameAreOnePerson() {
        XCTAssertEqual(reason("Jay Menon", "Jai Menon"), .nickname, "the nickname table has Jai = Jay")
        XCTAssertEqual(reason("Timo Pervane", "Timocin Pervane"), .nickname)
        XCTAssertEqual(reason("Sachar Feinblit", "Shachar Feinblit"), .givenNameTypo)
        XCTAssertEqual(reason("Vish Charan", "Vishnu Charan"), .givenNamePrefix)
        XCTAssertEqual(reason("Andy Kim", "Andrew Kim"), .nickname)
        XCTAssertEqual(reason("Liraz Ben", "Liraz Ben Or"), .surnamePrefix)
    }

    func testATranscriberGarblingBothNamesIsStillOnePerson() {
        XCTAssertEqual(reason("Yael Treitel", "Eyal Traitel"), .bothGarbled)
        XCTAssertEqual(reason("Morticia Blaousey", "Mordechai Blaunstein"), .bothGarbled)
        XCTAssertEqual(reason("Bryan Kline", "Brian Klein"), .bothGarbled)
        XCTAssertNil(reason("Mark Stein", "Mike Stern"), "Mark and Mike are not close (0.70)")
        XCTAssertNil(reason("Yael Treitel Cohen", "Eyal Traitel Cohen"), "two words each only")
        XCTAssertNil(reason("Ana Treitel", "Ada Traitel"), "a given name under four letters is too short to tell")
    }

    func testDifferentPeopleAreNotMerged() {
        XCTAssertNil(reason("Dana Ortiz", "Dana White"))
        XCTAssertNil(reason("Noa Cohen", "Ronen Cohen"))
        XCTAssertNil(reason("Jai Menon", "Jai Mehta"))
        XCTAssertNil(reason("Kishore Enamapuri", "Kishore Inampudi"), "that far apart only among one meeting's attendees")
        XCTAssertNil(reason("Tomer Hagay", "Tomer Hagay"), "the same name is no variant")
    }
}
