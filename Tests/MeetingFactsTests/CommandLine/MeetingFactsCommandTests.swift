import Foundation
import XCTest

/// The top-level command: `--version` names the commit the binary was built from; help text is
/// wrapped by the parser (no hand-broken sentence) and shows defaults as a user writes them.
final class MeetingFactsCommandTests: XCTestCase {
    func testVersionIsTheGitDescribeOfTheBuild() throws {
        let result = try MeetingFactsBinary.run(["--version"])
        XCTAssertEqual(result.status, 0)
        let describe = try XCTUnwrap(MeetingFactsBinary.gitDescribe())
        XCTAssertTrue(result.stdout == "meetingfacts \(describe)\n" || result.stdout == "meetingfacts \(describe)-dirty\n", result.stdout)
    }

    func testRunHelpShowsTheWaitDefaultAsWrittenAndEveryExitStatus() throws {
        let help = try MeetingFactsBinary.run(["run", "--help"], environment: MeetingFactsBinary.environment(["COLUMNS": "100"])).stdout
        XCTAssertTrue(help.contains("(default: 0)"), help)
        XCTAssertFalse(help.contains("0.0"), help)
        for status in ["0", "1", "2", "3", "4", "75"] {
            XCTAssertNotNil(help.range(of: "\n  \(status) +[a-z]", options: .regularExpression), "exit status \(status) missing:\n\(help)")
        }
    }

    func testHelpSentencesAreNotBrokenByHand() throws {
        // Wide enough that the parser wraps nothing: every line break left is one written on purpose.
        let environment = MeetingFactsBinary.environment(["COLUMNS": "400"])
        for command in [["run"], ["apply"], ["extract"], ["facts"], ["people"], ["eval"], ["rules", "check"]] {
            let help = try MeetingFactsBinary.run(command + ["--help"], environment: environment).stdout
            let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
            for (line, next) in zip(lines, lines.dropFirst()) {
                let continues = line.hasSuffix(",") || line.hasSuffix(";") || next.first.map(\.isLowercase) == true
                XCTAssertFalse(continues, "a sentence broken by hand in \(command): '\(line)' / '\(next)'")
            }
        }
    }

    func testTheSameMeetingGroupsAreOneClauseOfTheSummaryUnlessVerbose() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.corpus + "/golden/duplicates/vault")
        let quiet = try MeetingFactsBinary.run(["run", vault.path, "--dry-run", "--today", "2025-11-15"])
        XCTAssertFalse(quiet.stderr.contains("same meeting:"), quiet.stderr)
        XCTAssertNotNil(quiet.stderr.range(of: "; [0-9]+ meetings? had [0-9–]+ copies\n", options: .regularExpression), quiet.stderr)
        let verbose = try MeetingFactsBinary.run(["run", vault.path, "--dry-run", "--verbose", "--today", "2025-11-15"])
        XCTAssertTrue(verbose.stderr.contains("same meeting: "), verbose.stderr)
    }
}
