import Foundation
import XCTest
@testable import MeetingFacts

/// A meeting note without a date is reported with a remedy a user can apply; a note named for a
/// month is dated to that month and shown as `2025-10`.
final class UndatedNoteTests: XCTestCase {
    private let message = "no date in the frontmatter, the file name or the title; skipped "
        + "(add `date: YYYY-MM-DD` to the frontmatter, or start the file name with the date: `YYYY-MM-DD - Title.md`)"

    func testTheErrorNamesARealRemedy() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        vault.write("Meetings/Weekly sync.md", "---\ntype: meeting\n---\n# Weekly sync\n\nLena Fischer wants 40 GPUs.\n")
        let result = try MeetingFactsBinary.run(["run", vault.path, "--today", "2025-11-15"])
        XCTAssertEqual(result.status, 3)
        XCTAssertTrue(result.stderr.hasPrefix("Meetings/Weekly sync.md:1: error: \(message)\n"), result.stderr)
        XCTAssertFalse(result.stderr.contains("--date"))
    }

    func testExtractReadsUndatedTextAsOfTodayAndDateSetsTheDay() throws {
        let text = "say hi to John, John Mill, because he is great. Dallas capacity lands in Jan.\n"
        let plain = try MeetingFactsBinary.run(["extract", "--json", "-"], input: text)
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertEqual(plain.json?["referenced"] as? [String], ["John Mill"])
        XCTAssertEqual(plain.json?["date"] as? String, CalendarDate.today().iso)
        let dated = try MeetingFactsBinary.run(["extract", "--date", "2025-10-31", "--json", "-"], input: text)
        let month = (dated.json?["mentions"] as? [[String: Any]])?.first { $0["kind"] as? String == "date" }
        XCTAssertEqual(month?["timex"] as? String, "2026-01")
    }

    func testAMonthOnlyFileNameIsDatedToTheMonth() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        vault.write("Meetings/2025-10 - Tomer Hagay.md", """
        ---
        type: transcript
        date: '2025-10-01'
        attendees: [Tomer Hagay]
        ---
        # Tomer Hagay

        ## Summary
        Tomer walked through the release process and the 400 developers behind it.
        """)
        let result = try MeetingFactsBinary.run(["run", vault.path, "--today", "2025-11-15"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let note = try XCTUnwrap(vault.read("People/Tomer Hagay.md"))
        XCTAssertTrue(note.contains("\n- 2025-10: [[2025-10 - Tomer Hagay]] - Tomer walked through the release process and the 400 developers behind it.\n"), note)
        XCTAssertFalse(note.contains("2025-10-01:"), note)
    }
}
