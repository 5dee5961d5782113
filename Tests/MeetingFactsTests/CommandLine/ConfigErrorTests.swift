import Foundation
import XCTest

/// A bad `.meetingfacts.yml` stops `run` and `extract` before anything is read: exit 2 and one
/// line naming the file, the line and the form expected. `owner` may list other spellings.
final class ConfigErrorTests: XCTestCase {
    func testAnUnknownKeyIsAnErrorAtItsLine() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        let config = vault.write(".meetingfacts.yml", "owner: Lena Fischer\nmeeting: Meetings\n")
        let result = try MeetingFactsBinary.run(["run", vault.path, "--today", "2025-11-15"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "\(config):2: error: bad vault config: unknown key 'meeting'; did you mean 'meetings'? "
                       + "the keys are owner, meetings, people, template, rules, date_order, not_people\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: vault.url("People/Ana Sousa.md")))
    }

    func testAValueOfTheWrongTypeShowsTheFormExpected() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        let config = vault.write(".meetingfacts.yml", "owner: Lena Fischer\nmeetings:\n  folder: Meetings\n")
        let result = try MeetingFactsBinary.run(["run", vault.path, "--today", "2025-11-15", "--json"])
        XCTAssertEqual(result.status, 2)
        let message = "\(config):3: error: bad vault config: meetings must be a folder glob or a list of them, "
            + "as in `meetings: [\"Meetings/**\", Calls]`; found a mapping"
        XCTAssertEqual(result.stderr, message + "\n")
        XCTAssertEqual(result.json?["error"] as? String, message)
    }

    func testExtractReportsTheSameErrorAndExits2() throws {
        let folder = TemporaryFolder("config")
        let config = folder.write("bad.yml", "owner: [Jason Vallery]\ndate_order: 12\n")
        let result = try MeetingFactsBinary.run(["extract", "--json", "--config", config, "--date", "2025-10-31", "-"], input: "Hello.")
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "\(config):2: error: bad vault config: date_order must be us or day-first, as in `date_order: day-first`; found '12'\n")
        XCTAssertEqual(result.stdout, "")
    }
}
