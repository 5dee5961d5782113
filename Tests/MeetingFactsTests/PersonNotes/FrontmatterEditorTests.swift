import XCTest
@testable import MeetingFacts

final class FrontmatterEditorTests: XCTestCase {
    func testDateIsReplacedInsideItsQuotesAndCommentIsKept() {
        var note = NoteText("---\ntitle: Priya\nlast_contact: \"2026-01-05\" # set by hand\nmood: calm\n---\nbody\n")
        FrontmatterEditor.setDate("last_contact", to: CalendarDate(year: 2026, month: 3, day: 9), in: &note)
        XCTAssertEqual(note.text, "---\ntitle: Priya\nlast_contact: \"2026-03-09\" # set by hand\nmood: calm\n---\nbody\n")
    }

    func testMissingKeysAreAddedAtTheEndAndPresentOnesKept() {
        var note = NoteText("---\ntitle: Priya\ncompany: Own Words Ltd\n---\n")
        FrontmatterEditor.addIfMissing("company", value: "Northwind Ports", in: &note)
        FrontmatterEditor.addIfMissing("role", value: "Lead: Operations", in: &note)
        FrontmatterEditor.addListIfMissing("aliases", items: ["Priya R", "PR"], in: &note)
        XCTAssertEqual(note.text, "---\ntitle: Priya\ncompany: Own Words Ltd\nrole: 'Lead: Operations'\naliases:\n- Priya R\n- PR\n---\n")
    }

    func testNoteWithoutFrontmatterGetsOne() {
        var note = NoteText("# Priya\n")
        FrontmatterEditor.setDate("last_contact", to: CalendarDate(year: 2026, month: 3, day: 9), in: &note)
        XCTAssertEqual(note.text, "---\nlast_contact: '2026-03-09'\n---\n# Priya\n")
    }
}
