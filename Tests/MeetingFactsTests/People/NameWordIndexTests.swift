import Foundation
import XCTest
@testable import MeetingFacts

final class NameWordIndexTests: XCTestCase {
    func testWordsAreLowerCasedAndSplitAtAnythingButLettersAndDigits() {
        XCTAssertEqual(NameWordIndex.words(in: "Jai’s notes, Kincaid-Smith & O'Brien: a B2 rack"),
                       ["jai", "notes", "kincaid", "smith", "brien", "b2", "rack"])
    }

    func testAccentsAreFoldedAsNameKeysFoldThem() {
        XCTAssertEqual(NameWordIndex.words(in: "José Müller"), ["jose", "muller"])
    }

    func testANameWordIsFoundWhateverItsCaseAndPunctuation() {
        let index = NameWordIndex(words: ["marta", "jose"])
        XCTAssertTrue(index.occurs(in: Data("- MARTA's quote lands Friday".utf8)))
        XCTAssertTrue(index.occurs(in: Data("Ask José about it".utf8)))
        XCTAssertTrue(index.occurs(in: Data("[[Marta Kowalczyk]]".utf8)))
    }

    func testAWordInsideAnotherWordIsNotTheName() {
        let index = NameWordIndex(words: ["marta"])
        XCTAssertFalse(index.occurs(in: Data("Martanet and Smarta ship on Friday".utf8)))
        XCTAssertFalse(NameWordIndex(words: []).occurs(in: Data("Marta".utf8)))
    }
}
