import Foundation
import XCTest

/// `--json` prints one JSON document on standard output in every mode, every key in snake_case.
final class JSONOutputTests: XCTestCase {
    /// Every key of a JSON value, at any depth.
    private func keys(of value: Any) -> Set<String> {
        if let object = value as? [String: Any] {
            return object.reduce(into: Set(object.keys)) { $0.formUnion(keys(of: $1.value)) }
        }
        if let array = value as? [Any] { return array.reduce(into: Set<String>()) { $0.formUnion(keys(of: $1)) } }
        return []
    }

    private func assertSnakeCase(_ json: [String: Any]?, file: StaticString = #filePath, line: UInt = #line) {
        guard let json else { return XCTFail("not one JSON document", file: file, line: line) }
        let bad = keys(of: json).filter { $0.range(of: "^[a-z][a-z0-9_]*$", options: .regularExpression) == nil }
        XCTAssertEqual(bad, [], file: file, line: line)
    }

    func testARealRunPrintsOneDocumentWithoutADiff() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        let result = try MeetingFactsBinary.run(["run", vault.path, "--json", "--today", "2025-11-15"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try XCTUnwrap(result.json, result.stdout)
        assertSnakeCase(json)
        XCTAssertNil(json["diff"])
        XCTAssertEqual(json["dry_run"] as? Bool, false)
        XCTAssertEqual(json["meetings"] as? Int, 3)
        XCTAssertEqual(json["people_created"] as? Int, 5)
        XCTAssertEqual(json["people_updated"] as? Int, 1)
        XCTAssertEqual(json["exit_status"] as? Int, 0)
        XCTAssertEqual((json["changed_files"] as? [String])?.sorted(),
                       ["People/Ana Sousa.md", "People/Dev Malhotra.md", "People/Jon Baker.md", "People/Lena Fischer.md", "People/Marcus Oyelaran.md", "People/Tomás Ruiz.md"])

        let again = try MeetingFactsBinary.run(["run", vault.path, "--json", "--today", "2025-11-15"])
        XCTAssertEqual(again.json?["changed_files"] as? [String], [])
        XCTAssertEqual(again.json?["meetings"] as? Int, 0)
    }

    func testADryRunPutsTheDiffInTheDocument() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        let plain = try MeetingFactsBinary.run(["run", vault.path, "--dry-run", "--today", "2025-11-15"])
        let result = try MeetingFactsBinary.run(["run", vault.path, "--dry-run", "--json", "--exit-code", "--today", "2025-11-15"])
        XCTAssertEqual(result.status, 1)
        let json = try XCTUnwrap(result.json, result.stdout)
        assertSnakeCase(json)
        XCTAssertEqual(json["dry_run"] as? Bool, true)
        XCTAssertEqual(json["diff"] as? String, plain.stdout)
        XCTAssertEqual(json["exit_status"] as? Int, 1)
    }

    func testNearMissesAndFailuresUseSnakeCase() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        vault.write("Meetings/2025-11-13 - Follow-up.md", "---\ntype: meeting\nattendees: [Lena Fisher]\n---\n# Follow-up\n\nLena Fisher wants 40 GPUs by December.\n")
        vault.write("Meetings/Weekly sync.md", "---\ntype: meeting\n---\n# Weekly sync\n\nNo date anywhere.\n")
        let result = try MeetingFactsBinary.run(["run", vault.path, "--dry-run", "--json", "--today", "2025-11-15"])
        XCTAssertEqual(result.status, 3)
        let json = try XCTUnwrap(result.json, result.stdout)
        assertSnakeCase(json)
        // "Lena Fisher" is the known Lena Fischer, spelled close: merged, with the reason, not left for review.
        XCTAssertEqual(json["near_misses"] as? [[String: String]], [])
        XCTAssertEqual(json["merges"] as? [[String: String]], [["variant": "Lena Fisher", "person": "Lena Fischer", "reason": "surname spelled close"]])
        XCTAssertEqual((json["errors"] as? [String])?.count, 1)
        XCTAssertEqual(json["exit_status"] as? Int, 3)
    }

    func testARunThatCannotStartStillPrintsOneDocument() throws {
        let result = try MeetingFactsBinary.run(["run", "/no/such/vault", "--json"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.json?["exit_status"] as? Int, 2)
        XCTAssertEqual(result.json?["error"] as? String, "/no/such/vault: error: not a folder")
    }

    func testFactsJSONUsesSnakeCase() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        try MeetingFactsBinary.run(["run", vault.path, "--today", "2025-11-15"])
        let result = try MeetingFactsBinary.run(["facts", vault.path, "--kind", "quantity", "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let facts = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        XCTAssertFalse(facts.isEmpty)
        XCTAssertEqual(Set(facts[0].keys), ["person", "note_path", "line", "text", "meeting_date", "meeting_path", "meeting_line", "mentions"])
        assertSnakeCase(facts[0])
    }

    func testExtractKeepsTheContractKeys() throws {
        let note = RepositoryPaths.demoVault + "/Meetings/2025-10-31 - Capacity sync with Northwind.md"
        let result = try MeetingFactsBinary.run(["extract", "--json", note])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try XCTUnwrap(result.json)
        XCTAssertEqual(Set(json.keys), ["file", "date", "title", "attendees", "referenced", "mentions", "facts", "review"])
        let mentionKeys = Set((json["mentions"] as? [[String: Any]] ?? []).flatMap(\.keys))
        let allowed: Set<String> = ["kind", "text", "line", "span", "unit", "value", "low", "high", "approx", "item", "seconds",
                                    "timex", "start", "end", "grain", "name", "company", "role", "team", "rule"]
        XCTAssertTrue(mentionKeys.isSubset(of: allowed), "\(mentionKeys.subtracting(allowed))")
        assertSnakeCase(json)
    }
}
