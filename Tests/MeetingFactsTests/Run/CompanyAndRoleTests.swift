import Foundation
import XCTest
@testable import MeetingFacts

/// Company and role come from the notes' own words into the frontmatter and the Contact
/// Information table: the newest meeting that states one wins over what a run wrote from an older
/// one, and a value the user typed is never replaced.
final class CompanyAndRoleTests: XCTestCase {
    private let today = CalendarDate(year: 2025, month: 11, day: 15)

    private func run(_ vault: TemporaryFolder) throws -> RunReport {
        try VaultRun(options: RunOptions(vault: vault.path, today: today)).execute()
    }

    /// Ines Duarte's note after a storage sync of `date` whose summary is `line` is run.
    private func inesAfterMeeting(_ vault: TemporaryFolder, _ date: String, _ line: String) throws -> String {
        vault.write(.storageSync(date: date, line))
        _ = try run(vault)
        return try XCTUnwrap(vault.read("People/Ines Duarte.md"))
    }

    private func contact(_ field: String, in note: String) -> String? {
        note.split(separator: "\n").first { $0.hasPrefix("| **\(field)** |") }.map(String.init)
    }

    private func frontmatter(_ key: String, in note: String) -> String? {
        note.split(separator: "\n").first { $0.hasPrefix(key + ":") }.map(String.init)
    }

    func testTheNewestMeetingWinsOverWhatAnOlderOneWrote() throws {
        let vault = TemporaryFolder.vault(owner: "Priya Raman")
        var note = try inesAfterMeeting(vault, "2025-10-01", "Ines Duarte from Microsoft walked us through the quota.")
        XCTAssertEqual(frontmatter("company", in: note), "company: Microsoft")
        XCTAssertEqual(contact("Company", in: note), "| **Company** | Microsoft |")

        note = try inesAfterMeeting(vault, "2025-10-20", "Ines Duarte joined Google; she keeps the storage account.")
        XCTAssertEqual(frontmatter("company", in: note), "company: Google")
        XCTAssertEqual(contact("Company", in: note), "| **Company** | Google |")

        // A note of an older meeting, filed late, says less than the newer one already did.
        note = try inesAfterMeeting(vault, "2025-09-01", "Ines Duarte from Weka asked about tiering.")
        XCTAssertEqual(frontmatter("company", in: note), "company: Google")
        XCTAssertEqual(contact("Company", in: note), "| **Company** | Google |")
    }

    func testAValueTheUserTypedIsNeverReplaced() throws {
        let vault = TemporaryFolder.vault(owner: "Priya Raman")
        var note = try inesAfterMeeting(vault, "2025-10-01", "Ines Duarte, the CTO at Weka, walked us through the quota.")
        XCTAssertEqual(frontmatter("role", in: note), "role: CTO")
        XCTAssertEqual(contact("Role", in: note), "| **Role** | CTO |")
        XCTAssertEqual(frontmatter("company", in: note), "company: WEKA")

        // The user corrects the frontmatter company; the table still shows what the run wrote.
        note = note.replacingOccurrences(of: "company: WEKA\n", with: "company: Weka Inc. # her card says so\n")
        vault.write("People/Ines Duarte.md", note)
        note = try inesAfterMeeting(vault, "2025-11-01", "Ines Duarte, VP of Engineering at CoreWeave, wants a follow-up.")
        XCTAssertEqual(frontmatter("company", in: note), "company: Weka Inc. # her card says so")
        XCTAssertEqual(contact("Company", in: note), "| **Company** | CoreWeave |")
        XCTAssertEqual(frontmatter("role", in: note), "role: VP of Engineering")
        XCTAssertEqual(contact("Role", in: note), "| **Role** | VP of Engineering |")
    }

    func testANoteTheUserWroteKeepsItsCompanyAndGetsARoleFilled() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        let path = "Meetings/2025-11-04 - Hiring loop debrief.md"
        vault.write(path, vault.read(path)! + "\n- Lena Fischer joined Google; Lena Fischer, the new CTO, starts Monday.\n")
        _ = try run(vault)
        let note = try XCTUnwrap(vault.read("People/Lena Fischer.md"))
        // Company and role are hers in both places: typed, never replaced.
        XCTAssertEqual(frontmatter("company", in: note), "company: Northwind Cloud")
        XCTAssertEqual(contact("Company", in: note), "| **Company** | Northwind Cloud |")
        XCTAssertEqual(contact("Role", in: note), "| **Role** | GPU platform lead |")
        // The frontmatter had no role: filled.
        XCTAssertEqual(frontmatter("role", in: note), "role: CTO")
    }

    func testAnAttendeesAddressGivesTheirCompany() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        _ = try run(vault)
        let note = try XCTUnwrap(vault.read("People/Jon Baker.md"))
        XCTAssertEqual(frontmatter("company", in: note), "company: Fabrikam")
        XCTAssertEqual(contact("Company", in: note), "| **Company** | Fabrikam |")
    }
}
