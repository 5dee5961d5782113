import Foundation
import XCTest
@testable import MeetingFacts

/// `run` exits with a status that tells the outcomes apart: 0 well (and, with --exit-code, nothing
/// to change), 1 changes under --exit-code, 2 usage or config error, 3 some notes failed, 75 locked.
final class ExitStatusTests: XCTestCase {
    private let undatedNote = "---\ntype: meeting\n---\n# Weekly sync\n\nLena Fischer said the pilot needs 40 GPUs.\n"

    func testUsageErrorsOfTheArgumentParserExit2() throws {
        let unknown = try MeetingFactsBinary.run(["run", "/tmp", "--bogus"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.hasPrefix("Error: Unknown option '--bogus'"), unknown.stderr)
        XCTAssertEqual(try MeetingFactsBinary.run(["run"]).status, 2)
        XCTAssertEqual(try MeetingFactsBinary.run(["run", "/tmp", "--today", "tomorrow"]).status, 2)
        XCTAssertEqual(try MeetingFactsBinary.run(["run", "/tmp", "--exit-code"]).status, 2)
        XCTAssertEqual(try MeetingFactsBinary.run(["frobnicate"]).status, 2)
    }

    func testHelpAndVersionExit0() throws {
        let help = try MeetingFactsBinary.run(["run", "--help"])
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.stdout.contains("\n  3   some notes failed"), help.stdout)
        XCTAssertEqual(try MeetingFactsBinary.run(["--version"]).status, 0)
    }

    func testAConfigErrorExits2() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        vault.write(".meetingfacts.yml", "owner: Lena Fischer\nmeeting: Meetings\n")
        let result = try MeetingFactsBinary.run(["run", vault.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(try MeetingFactsBinary.run(["run", vault.url("no-such-folder")]).status, 2)
    }

    func testAFailedNoteExits3AndTheOthersAreProcessed() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        vault.write("Meetings/Weekly sync.md", undatedNote)
        let result = try MeetingFactsBinary.run(["run", vault.path, "--today", "2025-11-15"])
        XCTAssertEqual(result.status, 3, result.stderr)
        XCTAssertTrue(result.stderr.contains("Meetings/Weekly sync.md:1: error:"), result.stderr)
        XCTAssertNotNil(vault.read("People/Ana Sousa.md"))
    }

    func testExitCodeTellsChangesFromFailures() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        XCTAssertEqual(try MeetingFactsBinary.run(["run", vault.path, "--dry-run", "--exit-code", "--today", "2025-11-15"]).status, 1)
        XCTAssertEqual(try MeetingFactsBinary.run(["run", vault.path, "--dry-run", "--today", "2025-11-15"]).status, 0)
        XCTAssertEqual(try MeetingFactsBinary.run(["run", vault.path, "--today", "2025-11-15"]).status, 0)
        XCTAssertEqual(try MeetingFactsBinary.run(["run", vault.path, "--dry-run", "--exit-code", "--today", "2025-11-15"]).status, 0)
        vault.write("Meetings/Weekly sync.md", undatedNote)
        XCTAssertEqual(try MeetingFactsBinary.run(["run", vault.path, "--dry-run", "--exit-code", "--today", "2025-11-15"]).status, 3)
    }

    func testALockedVaultExits75() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        let lock = RunLock(path: vault.url(".meetingfacts/lock"))
        try lock.acquire(wait: 0)
        defer { lock.release() }
        let result = try MeetingFactsBinary.run(["run", vault.path, "--today", "2025-11-15"])
        XCTAssertEqual(result.status, 75)
        XCTAssertTrue(result.stderr.hasPrefix("another meetingfacts run holds the lock"), result.stderr)
    }
}
