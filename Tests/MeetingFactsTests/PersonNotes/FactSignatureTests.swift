import XCTest
@testable import MeetingFacts

final class FactSignatureTests: XCTestCase {
    func testTokensAreRunsOfLettersAndDigitsWithNumberPunctuationKept() {
        XCTAssertEqual(FactSignature.tokens(of: "Cache must scale to ~100,000 nodes by 2.5x (e.g. Q3), not 1,."),
                       ["Cache", "must", "scale", "to", "100,000", "nodes", "by", "2.5x", "e", "g", "Q3", "not", "1"])
        XCTAssertEqual(FactSignature.tokens(of: "a\r\n1.5\r\n,2 .3 4,\r\n"), ["a", "1.5", "2", "3", "4"])
    }

    /// ASCII text is tokenized by bytes, other text by characters: the same tokens either way.
    func testASCIITextGivesTheTokensItsCharactersGive() {
        for text in ["Lena moves 30 racks to Quincy next month; write peaks reach 2 TB/s.", "v1.2.3, 4,5 and 6.", "x\r\n7,8\r\n.9", ""] {
            XCTAssertEqual(FactSignature.tokens(of: text + " é"), FactSignature.tokens(of: text) + ["é"], text.debugDescription)
        }
    }
}
