import XCTest
@testable import MeetingFacts

final class TextLinesTests: XCTestCase {
    /// What splitting the Characters "\n" and "\r\n" gives: the reference the byte scan must equal.
    private func byCharacters(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    }

    func testLFAndCRLFEndLinesAndALoneCarriageReturnDoesNot() {
        XCTAssertEqual(TextLines.split("a\r\nb\n\nc"), ["a", "b", "", "c"])
        XCTAssertEqual(TextLines.split("a\rb\n"), ["a\rb", ""])
        XCTAssertEqual(TextLines.split("a\r\r\nb"), ["a\r", "b"])
        XCTAssertEqual(TextLines.split(""), [""])
        XCTAssertEqual(TextLines.split("\n"), ["", ""])
        XCTAssertEqual(TextLines.split("tail\r"), ["tail\r"])
    }

    func testUnicodeLinesKeepTheirCharacters() {
        let text = "José said “hi”\r\nŁukasz’s turn\ne\u{301}\n\u{301}x\r\n🇵🇱"
        XCTAssertEqual(TextLines.split(text), ["José said “hi”", "Łukasz’s turn", "e\u{301}", "\u{301}x", "🇵🇱"])
        XCTAssertEqual(TextLines.split(text), byCharacters(text))
    }

    func testEqualsTheCharacterSplitOnMixedBreaks() {
        let pieces = ["a", "\n", "\r\n", "\r", "é", " ", "’", "\n\r", "\r\r\n", ""]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            XCTAssertEqual(TextLines.split(text), byCharacters(text), "\(Array(text.unicodeScalars))")
        }
    }

    func testNoteParserLinesAreTheByteLines() {
        XCTAssertEqual(NoteParser.lines(of: "---\r\ndate: 2025-01-02\r\n---\nBody"), ["---", "date: 2025-01-02", "---", "Body"])
    }
}
