import Foundation
import XCTest

/// `run --dry-run --save PLAN` then `apply PLAN`: the reviewed change is written exactly, the
/// state updated as a real run would, and a plan made stale by any change is refused.
final class ApplyCommandTests: XCTestCase {
    private let today = ["--today", "2025-11-15"]

    /// A copy of the demo vault and a plan of its first run, saved beside it.
    private func planned() throws -> (vault: TemporaryFolder, plan: String, diff: String) {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        let plan = vault.path + ".plan"
        let result = try MeetingFactsBinary.run(["run", vault.path, "--dry-run", "--save", plan] + today)
        XCTAssertEqual(result.status, 0, result.stderr)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: plan) }
        return (vault, plan, result.stdout)
    }

    /// Every file but the run state, with its text.
    private func tree(_ folder: TemporaryFolder) -> [String: String] {
        Dictionary(uniqueKeysWithValues: folder.allFiles().filter { !$0.hasPrefix(".meetingfacts/") }.map { ($0, folder.read($0) ?? "") })
    }

    func testApplyWritesWhatARealRunWritesAndTheNextRunIsANoOp() throws {
        let (vault, plan, diff) = try planned()
        XCTAssertTrue(diff.contains("+++ b/People/Ana Sousa.md"))
        XCTAssertNil(vault.read("People/Ana Sousa.md"), "a dry run writes nothing")
        let applied = try MeetingFactsBinary.run(["apply", plan])
        XCTAssertEqual(applied.status, 0, applied.stderr)
        XCTAssertTrue(applied.stdout.hasPrefix("3 meetings, 5 people created, 1 updated, 15 facts, 0 errors in "), applied.stdout)

        let reference = RepositoryPaths.copy(RepositoryPaths.demoVault)
        XCTAssertEqual(try MeetingFactsBinary.run(["run", reference.path] + today).status, 0)
        XCTAssertEqual(tree(vault), tree(reference))

        let next = try MeetingFactsBinary.run(["run", vault.path, "--json"] + today)
        XCTAssertEqual(next.json?["meetings"] as? Int, 0, "the state knows every note the plan read")
        XCTAssertEqual(next.json?["changed_files"] as? [String], [])
        let facts = try MeetingFactsBinary.run(["facts", vault.path, "--person", "Ana Sousa", "--csv"])
        XCTAssertEqual(facts.stdout, try MeetingFactsBinary.run(["facts", reference.path, "--person", "Ana Sousa", "--csv"]).stdout)
        XCTAssertGreaterThan(facts.stdout.split(separator: "\n").count, 1)
    }

    func testApplyIsRefusedWhenAMeetingNoteChangedSinceThePlan() throws {
        let (vault, plan, _) = try planned()
        let note = "Meetings/2025-11-04 - Hiring loop debrief.md"
        vault.write(note, try XCTUnwrap(vault.read(note)) + "\nAna Sousa joins in January.\n")
        let result = try MeetingFactsBinary.run(["apply", plan])
        XCTAssertEqual(result.status, 4)
        XCTAssertEqual(result.stderr, "apply refused: changed since the plan was made: \(note); nothing written. "
                       + "Make the plan again: meetingfacts run VAULT --dry-run --save PLAN\n")
        XCTAssertNil(vault.read("People/Ana Sousa.md"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: vault.url(".meetingfacts/state.sqlite")))
    }

    func testApplyIsRefusedWhenATargetChangedOrAppeared() throws {
        let (vault, plan, _) = try planned()
        let lena = try XCTUnwrap(vault.read("People/Lena Fischer.md"))
        vault.write("People/Lena Fischer.md", lena + "\nMet her at the offsite.\n")
        vault.write("People/Jon Baker.md", "# Jon Baker\n\nWritten by hand meanwhile.\n")
        let result = try MeetingFactsBinary.run(["apply", plan, "--json"])
        XCTAssertEqual(result.status, 4)
        let error = try XCTUnwrap(result.json?["error"] as? String)
        XCTAssertTrue(error.hasPrefix("apply refused: changed since the plan was made: People/Lena Fischer.md, People/Jon Baker.md;"), error)
        XCTAssertEqual(result.json?["exit_status"] as? Int, 4)
        XCTAssertEqual(vault.read("People/Lena Fischer.md"), lena + "\nMet her at the offsite.\n")
        XCTAssertNil(vault.read("People/Ana Sousa.md"))
    }

    func testApplyIsRefusedAfterAnotherRunOrAConfigChange() throws {
        let (vault, plan, _) = try planned()
        vault.write(".meetingfacts.yml", "owner: Lena Fischer\n")
        let config = try MeetingFactsBinary.run(["apply", plan])
        XCTAssertEqual(config.status, 4)
        XCTAssertTrue(config.stderr.contains("changed since the plan was made: .meetingfacts.yml or the rules;"), config.stderr)

        let (other, otherPlan, _) = try planned()
        XCTAssertEqual(try MeetingFactsBinary.run(["run", other.path] + today).status, 0)
        let again = try MeetingFactsBinary.run(["apply", otherPlan])
        XCTAssertEqual(again.status, 4)
        XCTAssertTrue(again.stderr.contains(".meetingfacts/state.sqlite (another run)"), again.stderr)
    }

    func testABadPlanFileIsAUsageError() throws {
        let folder = TemporaryFolder("plan")
        let bad = folder.write("bad.plan", "{\"format\": \"something else\"}")
        let result = try MeetingFactsBinary.run(["apply", bad])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "\(bad): error: not a plan saved by `meetingfacts run --dry-run --save`\n")
        XCTAssertEqual(try MeetingFactsBinary.run(["apply", folder.url("missing.plan")]).status, 2)
        XCTAssertEqual(try MeetingFactsBinary.run(["run", folder.path, "--save", folder.url("p")]).status, 2)
    }

    func testAPlanWithNothingToChangeAppliesAsANoOp() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        XCTAssertEqual(try MeetingFactsBinary.run(["run", vault.path] + today).status, 0)
        let before = tree(vault)
        let plan = vault.path + ".plan"
        defer { try? FileManager.default.removeItem(atPath: plan) }
        let dry = try MeetingFactsBinary.run(["run", vault.path, "--dry-run", "--save", plan, "--exit-code"] + today)
        XCTAssertEqual(dry.status, 0)
        XCTAssertEqual(dry.stdout, "")
        let applied = try MeetingFactsBinary.run(["apply", plan, "--json"])
        XCTAssertEqual(applied.status, 0, applied.stderr)
        XCTAssertEqual(applied.json?["changed_files"] as? [String], [])
        XCTAssertEqual(tree(vault), before)
    }

    func testADiffAppliedWithGitIsUpToDateForTheNextRun() throws {
        try RepositoryPaths.requireVaultSample()
        let vault = RepositoryPaths.copy(RepositoryPaths.vaultSampleRoot)
        vault.write(".meetingfacts.yml", "owner: Jason Vallery\n")
        let diff = vault.path + ".diff"
        defer { try? FileManager.default.removeItem(atPath: diff) }
        let dry = try MeetingFactsBinary.run(["run", vault.path, "--dry-run"] + today)
        XCTAssertEqual(dry.status, 0, dry.stderr)
        try dry.stdout.write(toFile: diff, atomically: true, encoding: .utf8)
        // From anywhere: `git -C VAULT apply` puts the paths under the vault root.
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "-C", vault.path, "apply", diff]
        git.currentDirectoryURL = URL(fileURLWithPath: NSTemporaryDirectory())
        try git.run()
        git.waitUntilExit()
        XCTAssertEqual(git.terminationStatus, 0)
        let applied = tree(vault)

        let next = try MeetingFactsBinary.run(["run", vault.path, "--json"] + today)
        XCTAssertEqual(next.status, 0, next.stderr)
        XCTAssertEqual(next.json?["changed_files"] as? [String], [], "a vault at the planned content needs no change")
        XCTAssertEqual(tree(vault), applied)
        let after = try MeetingFactsBinary.run(["run", vault.path, "--json"] + today)
        XCTAssertEqual(after.json?["meetings"] as? Int, 0)
    }
}
