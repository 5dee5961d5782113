import Foundation
import XCTest

/// `run --full` processes every meeting again: after a run it changes no byte, and it reports the
/// notes that failed before (a normal run reports a failed note once, then until it changes).
final class FullRunTests: XCTestCase {
    private let today = ["--today", "2025-11-15"]

    /// Every file of the folder but the run state, with its bytes.
    private func tree(_ folder: TemporaryFolder) -> [String: Data] {
        Dictionary(uniqueKeysWithValues: folder.allFiles().filter { !$0.hasPrefix(".meetingfacts/") }
            .map { ($0, FileManager.default.contents(atPath: folder.url($0)) ?? Data()) })
    }

    func testFullAfterARunOverTheVaultSampleChangesNoByte() throws {
        try RepositoryPaths.requireVaultSample()
        let vault = RepositoryPaths.copy(RepositoryPaths.vaultSampleRoot)
        vault.write(".meetingfacts.yml", "owner: Jason Vallery\n")
        let first = try MeetingFactsBinary.run(["run", vault.path, "--json"] + today)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual((first.json?["changed_files"] as? [String])?.count, 66)
        let afterFirst = tree(vault)
        let full = try MeetingFactsBinary.run(["run", vault.path, "--full", "--json"] + today)
        XCTAssertEqual(full.status, 0, full.stderr)
        XCTAssertEqual(full.json?["meetings"] as? Int, 71)
        XCTAssertEqual(full.json?["changed_files"] as? [String], [])
        XCTAssertEqual(tree(vault), afterFirst)
    }

    /// Found by `make soak`: the five vault-sample notes of 2025-09-03 are copies of one meeting
    /// (one transcript). A line added at the end of the canonical copy changes its transcript, so
    /// it leaves the group; an incremental run read only that note, and the four others, a group
    /// of their own with a new canonical note, got no Recent Context line until a `--full` run.
    func testFullAfterEditingOneCopyOfAMeetingChangesNoByte() throws {
        let vault = TemporaryFolder("vault")
        vault.write(".meetingfacts.yml", "owner: Jason Vallery\n")
        try RepositoryPaths.requireVaultSample()
        let copies = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.vaultSample)
            .filter { $0.hasPrefix("2025-09-03 - ") }.sorted()
        XCTAssertEqual(copies.count, 5)
        for name in copies {
            vault.write("Transcripts/" + name, try String(contentsOfFile: RepositoryPaths.vaultSample + "/" + name, encoding: .utf8))
        }
        XCTAssertEqual(try MeetingFactsBinary.run(["run", vault.path] + today).status, 0)
        let edited = "Transcripts/" + copies[0]
        vault.write(edited, try XCTUnwrap(vault.read(edited)) + "- Jason Vallery expects 17 racks by Friday.\n")
        let second = try MeetingFactsBinary.run(["run", vault.path, "--json"] + today)
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertEqual(second.json?["meetings"] as? Int, 5, "the copies of the edited note's day are read again")
        let jai = try XCTUnwrap(vault.read("People/Jai Menon.md"))
        XCTAssertTrue(jai.contains("- 2025-09-03: [[\(copies[1].dropLast(3))]] - "), jai)
        let afterSecond = tree(vault)
        let full = try MeetingFactsBinary.run(["run", vault.path, "--full", "--json"] + today)
        XCTAssertEqual(full.json?["changed_files"] as? [String], [])
        XCTAssertEqual(tree(vault), afterSecond)
    }

    func testFullReportsANoteSkippedBeforeAgain() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        vault.write("Meetings/Weekly sync.md", "---\ntype: meeting\n---\n# Weekly sync\n\nNo date.\n")
        let error = "Meetings/Weekly sync.md:1: error: no date in the frontmatter"
        let first = try MeetingFactsBinary.run(["run", vault.path] + today)
        XCTAssertEqual(first.status, 3)
        XCTAssertTrue(first.stderr.contains(error), first.stderr)
        let second = try MeetingFactsBinary.run(["run", vault.path] + today)
        XCTAssertEqual(second.status, 0, "an unchanged failed note is not read again")
        XCTAssertFalse(second.stderr.contains(error))
        let full = try MeetingFactsBinary.run(["run", vault.path, "--full"] + today)
        XCTAssertEqual(full.status, 3)
        XCTAssertTrue(full.stderr.contains(error), full.stderr)
    }
}
