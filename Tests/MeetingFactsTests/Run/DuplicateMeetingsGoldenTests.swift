import Foundation
import XCTest
@testable import MeetingFacts

/// corpus/golden/duplicates: three notes of one meeting must count once, byte for byte.
final class DuplicateMeetingsGoldenTests: XCTestCase {
    private let golden = RepositoryPaths.corpus + "/golden/duplicates"
    private let canonical = "2025-11-03 - Osaka build review"

    private func run(_ vault: TemporaryFolder) throws -> RunReport {
        try VaultRun(options: RunOptions(vault: vault.path, today: CalendarDate(year: 2025, month: 11, day: 20))).execute()
    }

    func testThreeVersionsOfOneMeetingGiveTheExpectedPersonNotes() throws {
        let vault = RepositoryPaths.copy(golden + "/vault")
        let report = try run(vault)
        XCTAssertEqual(report.duplicateGroups.map(\.canonical), ["Meetings/\(canonical).md"])
        XCTAssertEqual(report.duplicateGroups.first?.copies.count, 2)
        XCTAssertTrue(report.summary.hasSuffix("; 1 meeting had 3 copies"), report.summary)
        let expected = RepositoryPaths.copy(golden + "/expected")
        XCTAssertEqual(vault.allFiles().filter { $0.hasPrefix("People/") }, expected.allFiles())
        for file in expected.allFiles() {
            XCTAssertEqual(vault.read(file), expected.read(file), file)
        }
    }

    func testOneRecentContextLinePerMeeting() throws {
        let vault = RepositoryPaths.copy(golden + "/vault")
        _ = try run(vault)
        let note = try XCTUnwrap(vault.read("People/Hiro Tanabe.md"))
        let contextLines = note.split(separator: "\n").filter { $0.hasPrefix("- 2025-11-03: [[") }
        XCTAssertEqual(contextLines.count, 1)
        XCTAssertTrue(contextLines[0].hasPrefix("- 2025-11-03: [[\(canonical)]] - "))
    }

    func testAFourthVersionLaterChangesNothingItDoesNotAdd() throws {
        let vault = RepositoryPaths.copy(golden + "/vault")
        _ = try run(vault)
        let before = vault.read("People/Mei Ito.md")
        let source = try XCTUnwrap(vault.read("Meetings/\(canonical).md"))
        // Same meeting, same transcript, nothing new to say.
        vault.write("Meetings/2025-11-03 - Osaka recap.md", source.replacingOccurrences(of: "# Osaka build review", with: "# Osaka recap")
            .replacingOccurrences(of: "created: 2025-11-03T10:05", with: "created: 2025-11-03T11:30"))
        let report = try run(vault)
        // The new note, and the three copies of its day read again to regroup them as --full would.
        XCTAssertEqual(report.meetings, 4)
        XCTAssertEqual(report.duplicateGroups.map(\.canonical), ["Meetings/\(canonical).md"])
        XCTAssertEqual(vault.read("People/Mei Ito.md"), before)
    }

    func testDeletingTheCanonicalNoteMovesTheLinkToTheNextOne() throws {
        let vault = RepositoryPaths.copy(golden + "/vault")
        _ = try run(vault)
        try FileManager.default.removeItem(atPath: vault.url("Meetings/\(canonical).md"))
        _ = try run(vault)
        let note = try XCTUnwrap(vault.read("People/Hiro Tanabe.md"))
        XCTAssertFalse(note.contains("[[\(canonical)"))
        let successor = "2025-11-03 - Hiro and Mei walked Priya through the Osaka timeline"
        XCTAssertTrue(note.contains("- 2025-11-03: [[\(successor)]] - "), note)
        XCTAssertTrue(note.contains("— [[\(successor)|2025-11-03]]"))
    }
}
