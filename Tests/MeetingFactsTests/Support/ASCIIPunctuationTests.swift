import Foundation
import XCTest
@testable import MeetingFacts

final class ASCIIPunctuationTests: XCTestCase {
    /// The byte table is Foundation's punctuation set below 0x80, scalar for scalar.
    func testTableIsFoundationsPunctuationSetOnASCII() {
        for byte in UInt8(0)..<0x80 {
            XCTAssertEqual(ASCIIPunctuation.contains(byte), CharacterSet.punctuationCharacters.contains(Unicode.Scalar(byte)), "byte \(byte)")
        }
    }

    func testTrimmingMatchesFoundation() {
        for word in ["um,", "(yes).", "\"so\"", "$5", "+1", "a|b", "--", "", "we'll", "...right?!", "x_", "~ok~"] {
            var text = word
            XCTAssertEqual(ASCIIPunctuation.trimmed(&text), word.trimmingCharacters(in: .punctuationCharacters), word)
        }
        var sample = "“Łukasz,”"
        XCTAssertNil(ASCIIPunctuation.trimmed(&sample))
    }

    func testBareWordsOfEitherKind() {
        XCTAssertEqual(StatementFilter.bare("Um,"), "um")
        XCTAssertEqual(StatementFilter.bare("(José)."), "josé")
        XCTAssertEqual(StatementFilter.bare("“Right”"), "right")
        XCTAssertEqual(StatementFilter.bare("we’ll,"), "we’ll")
    }
}
