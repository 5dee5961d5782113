import XCTest
@testable import MeetingFacts

final class NoteTextTests: XCTestCase {
    func testMixedEndingsAndMissingFinalNewlineComeBackByteForByte() {
        let text = "# Title\r\nplain line\nlast line without ending"
        let note = NoteText(text)
        XCTAssertEqual(note.lines.map(\.content), ["# Title", "plain line", "last line without ending"])
        XCTAssertEqual(note.lines.map(\.ending), ["\r\n", "\n", ""])
        XCTAssertEqual(note.text, text)
        XCTAssertEqual(note.newline, "\r\n")
    }

    func testInsertedLinesTakeTheNoteLineEnding() {
        var note = NoteText("a\r\nb\r\n")
        note.insert(["new"], at: 1)
        XCTAssertEqual(note.text, "a\r\nnew\r\nb\r\n")
    }

    func testAppendingAfterALastLineWithoutEndingKeepsTheFileWithoutOne() {
        var note = NoteText("a\nb")
        note.insert(["c"], at: 2)
        XCTAssertEqual(note.text, "a\nb\nc")
    }

    func testHeadingInsideFencedCodeDoesNotEndABlock() throws {
        let note = NoteText("## Key Facts\n```\n## not a heading\n```\n- fact\n## Next\n")
        let block = try XCTUnwrap(NoteBlock.heading("key facts", in: note))
        XCTAssertEqual(block.anchor, 0)
        XCTAssertEqual(block.end, 5)
    }
}
