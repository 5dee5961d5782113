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

    /// Fences are read by bytes when the marks and the byte after them are ASCII, by characters
    /// otherwise; both must give what the character reading gives: a combining mark makes the
    /// third "`" another character (no fence), U+1FEF is canonically "`" (a fence), and a space
    /// with a combining mark is no space to skip.
    func testFencesReadByBytesAreTheFencesCharactersGive() {
        let lines = ["```", "  ```swift", "~~~", "~~", "`` `", "```\u{301}", "``\u{301}`", " \u{301}```", "\u{1FEF}\u{1FEF}\u{1FEF}",
                     "```é", "\t```", "```\r", "`~~", "", "   ", "plain", "# ```", "``````"]
        let note = NoteText(lines.joined(separator: "\n"))
        XCTAssertEqual(note.lines.count, lines.count)
        var inside = false
        var expected: [Int] = []
        for (index, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                expected.append(index)
                inside.toggle()
            } else if inside {
                expected.append(index)
            }
        }
        let fenced = note.fencedLines()
        XCTAssertEqual(lines.indices.filter { fenced.contains($0) }, expected)
        XCTAssertEqual(lines.map(NoteText.isFence), lines.map { $0.drop { $0 == " " }.hasPrefix("```") || $0.drop { $0 == " " }.hasPrefix("~~~") })
        XCTAssertEqual(lines.indices.filter { NoteText.isFence(lines[$0]) }, [0, 1, 2, 8, 9, 11, 17])
    }
}
