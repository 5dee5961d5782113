import XCTest

/// `--color auto|always|never` on the dry-run diff, the way ripgrep decides: `auto` colours a
/// terminal only, and never when NO_COLOR is set or TERM is dumb.
final class ColorChoiceTests: XCTestCase {
    private let escape = "\u{1B}["

    /// One copy for every dry run of the class (a dry run writes nothing), removed after the last.
    nonisolated(unsafe) private static var vault: TemporaryFolder?

    override class func tearDown() {
        vault = nil
        super.tearDown()
    }

    private func dryRun(_ extra: [String], terminal: Bool, environment: [String: String?] = [:]) throws -> MeetingFactsBinary.Result {
        if ColorChoiceTests.vault == nil { ColorChoiceTests.vault = RepositoryPaths.copy(RepositoryPaths.demoVault) }
        let vault = try XCTUnwrap(ColorChoiceTests.vault)
        var changes: [String: String?] = ["TERM": "xterm-256color", "NO_COLOR": nil]
        changes.merge(environment) { $1 }
        let result = try MeetingFactsBinary.run(["run", vault.path, "--dry-run", "--today", "2025-11-15"] + extra,
                                                environment: MeetingFactsBinary.environment(changes), terminal: terminal)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("+++ b/People/Ana Sousa.md"), result.stdout)
        return result
    }

    func testAlwaysColoursAPipeForLessR() throws {
        let result = try dryRun(["--color", "always"], terminal: false)
        XCTAssertTrue(result.stdout.hasPrefix("\u{1B}[1mdiff --git a/"), String(result.stdout.prefix(40)))
        XCTAssertTrue(result.stdout.contains("\u{1B}[32m+"))
    }

    func testNeverLeavesATerminalPlain() throws {
        XCTAssertFalse(try dryRun(["--color", "never"], terminal: true).stdout.contains(escape))
    }

    func testAutoColoursATerminalOnly() throws {
        XCTAssertTrue(try dryRun([], terminal: true).stdout.contains("\u{1B}[32m+"))
        XCTAssertFalse(try dryRun([], terminal: false).stdout.contains(escape))
        XCTAssertFalse(try dryRun(["--color", "auto"], terminal: false).stdout.contains(escape))
    }

    func testAutoHonoursNoColorAndADumbTerminal() throws {
        XCTAssertFalse(try dryRun([], terminal: true, environment: ["NO_COLOR": "1"]).stdout.contains(escape))
        XCTAssertFalse(try dryRun([], terminal: true, environment: ["TERM": "dumb"]).stdout.contains(escape))
        // no-color.org: an empty NO_COLOR does not count.
        XCTAssertTrue(try dryRun([], terminal: true, environment: ["NO_COLOR": ""]).stdout.contains(escape))
        // An explicit choice wins over the environment.
        XCTAssertTrue(try dryRun(["--color", "always"], terminal: false, environment: ["NO_COLOR": "1"]).stdout.contains(escape))
    }

    func testTheJSONDiffCarriesNoColourCodes() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        let result = try MeetingFactsBinary.run(["run", vault.path, "--dry-run", "--json", "--color", "always", "--today", "2025-11-15"])
        let diff = try XCTUnwrap(result.json?["diff"] as? String, result.stdout)
        XCTAssertTrue(diff.contains("+++ b/People/Ana Sousa.md"))
        XCTAssertFalse(diff.contains(escape))
    }

    func testAnUnknownChoiceIsAUsageError() throws {
        let result = try MeetingFactsBinary.run(["run", "/tmp", "--color", "sometimes"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("'sometimes'"), result.stderr)
    }
}
