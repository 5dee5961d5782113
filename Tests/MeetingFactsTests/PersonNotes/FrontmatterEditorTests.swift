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

    func testAMergedSpellingJoinsAFlowListOfAliasesInItsForm() {
        var note = NoteText("---\ntitle: Kushal Datta\naliases: [KD, 'Kushal D.'] # mine\n---\n")
        FrontmatterEditor.addListItems("aliases", items: ["kd", "Kushal Dada"], in: &note)
        XCTAssertEqual(note.text, "---\ntitle: Kushal Datta\naliases: [KD, 'Kushal D.', Kushal Dada] # mine\n---\n")
        FrontmatterEditor.addListItems("aliases", items: ["Kushal Dada"], in: &note)
        XCTAssertEqual(note.text, "---\ntitle: Kushal Datta\naliases: [KD, 'Kushal D.', Kushal Dada] # mine\n---\n")
    }

    func testAValueIsSetInPlaceWithItsCommentAndAListIsLeftAlone() {
        var note = NoteText("---\ncompany: Weka # from the call\nrole:\n- Lead\n---\n")
        XCTAssertTrue(FrontmatterEditor.setValue("company", to: "CoreWeave", in: &note))
        XCTAssertFalse(FrontmatterEditor.setValue("role", to: "CTO", in: &note))
        XCTAssertEqual(note.text, "---\ncompany: CoreWeave # from the call\nrole:\n- Lead\n---\n")
    }

    /// Found by `make soak`: an editor's rewrite left "---  " (trailing spaces, CRLF) as the fences;
    /// the reader still read the frontmatter, but the editor opened a second one above it, hiding
    /// the note's `title:` — the person got a second note.
    func testFrontmatterFencesWithTrailingSpacesAreEditedNotDuplicated() {
        var note = NoteText("---  \r\ntype: people\r\ntitle: Melissa Du\r\nlast_contact: '2025-10-22'  \r\n---  \r\n\r\n# Melissa Du\r\n")
        FrontmatterEditor.setDate("last_contact", to: CalendarDate(year: 2025, month: 11, day: 11), in: &note)
        FrontmatterEditor.addListItems("aliases", items: ["Mel Du"], in: &note)
        XCTAssertEqual(note.text, "---  \r\ntype: people\r\ntitle: Melissa Du\r\nlast_contact: '2025-11-11'  \r\n"
                       + "aliases:\r\n- Mel Du\r\n---  \r\n\r\n# Melissa Du\r\n")
    }
}
