import Foundation
import XCTest

/// `meetingfacts people VAULT [--json]`: the directory as the tool sees it, and what the last run
/// created, merged and left for review — how a user checks the people before trusting a cron job.
final class PeopleCommandTests: XCTestCase {
    private func runVault(_ vault: TemporaryFolder) throws {
        let run = try MeetingFactsBinary.run(["run", vault.path, "--today", "2025-11-15", "--quiet"])
        XCTAssertEqual(run.status, 0, run.stderr)
    }

    func testAVaultNeverRunIsAnError() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        let result = try MeetingFactsBinary.run(["people", vault.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr, "\(vault.path): error: no run state yet; run `meetingfacts run \(vault.path)` first\n")
    }

    func testTheDemoVaultListsEveryPersonNoteAndWhatTheRunCreated() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        try runVault(vault)
        let result = try MeetingFactsBinary.run(["people", vault.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, """
        Owner: Priya Raman

        6 people
        NAME             COMPANY          ROLE               ATTENDED  NAMED  FIRST SEEN  LAST SEEN
        Ana Sousa        -                -                         0      1  2025-11-04  2025-11-04
          People/Ana Sousa.md
        Dev Malhotra     -                -                         1      0  2025-11-04  2025-11-04
          People/Dev Malhotra.md
        Jon Baker        Fabrikam         -                         1      0  2025-11-12  2025-11-12
          People/Jon Baker.md
        Lena Fischer     Northwind Cloud  GPU platform lead         2      0  2025-10-31  2025-11-04
          People/Lena Fischer.md · aliases: Lena
        Marcus Oyelaran  -                -                         1      0  2025-10-31  2025-10-31
          People/Marcus Oyelaran.md
        Tomás Ruiz       Contoso          -                         0      1  2025-10-31  2025-10-31
          People/Tomás Ruiz.md

        Last run (2025-11-15): 5 notes created, 0 spellings merged, 0 names to review
          created  Ana Sousa (People/Ana Sousa.md)
          created  Dev Malhotra (People/Dev Malhotra.md)
          created  Jon Baker (People/Jon Baker.md)
          created  Marcus Oyelaran (People/Marcus Oyelaran.md)
          created  Tomás Ruiz (People/Tomás Ruiz.md)

        """)
    }

    func testJSONGivesEachPersonWithTheirMeetingsAndTheLastRun() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        try runVault(vault)
        let result = try MeetingFactsBinary.run(["people", vault.path, "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try XCTUnwrap(result.json)
        XCTAssertEqual(Set(json.keys), ["owner", "people", "deleted", "not_people", "last_run"])
        XCTAssertEqual(json["owner"] as? String, "Priya Raman")
        let people = try XCTUnwrap(json["people"] as? [[String: Any]])
        XCTAssertEqual(people.map { $0["name"] as? String }, ["Ana Sousa", "Dev Malhotra", "Jon Baker", "Lena Fischer", "Marcus Oyelaran", "Tomás Ruiz"])
        let lena = try XCTUnwrap(people.first { $0["name"] as? String == "Lena Fischer" })
        XCTAssertEqual(lena["note"] as? String, "People/Lena Fischer.md")
        XCTAssertEqual(lena["aliases"] as? [String], ["Lena"])
        XCTAssertEqual(lena["aliases_added"] as? [String], [])
        XCTAssertEqual(lena["company"] as? String, "Northwind Cloud")
        XCTAssertEqual(lena["role"] as? String, "GPU platform lead")
        XCTAssertEqual(lena["attended"] as? [String], ["Meetings/2025-10-31 - Capacity sync with Northwind.md",
                                                      "Meetings/2025-11-04 - Hiring loop debrief.md"])
        XCTAssertEqual(lena["named_in"] as? [String], [])
        XCTAssertEqual(lena["first_seen"] as? String, "2025-10-31")
        XCTAssertEqual(lena["last_seen"] as? String, "2025-11-04")
        let ana = try XCTUnwrap(people.first { $0["name"] as? String == "Ana Sousa" })
        XCTAssertEqual(ana["named_in"] as? [String], ["Meetings/2025-11-04 - Hiring loop debrief.md"])
        XCTAssertTrue(ana["company"] is NSNull)
        XCTAssertTrue(ana["role"] is NSNull)
        let run = try XCTUnwrap(json["last_run"] as? [String: Any])
        XCTAssertEqual(run["date"] as? String, "2025-11-15")
        XCTAssertEqual((run["created"] as? [[String: String]])?.map { $0["note"] }, ["People/Ana Sousa.md", "People/Dev Malhotra.md",
                                                                                  "People/Jon Baker.md", "People/Marcus Oyelaran.md",
                                                                                  "People/Tomás Ruiz.md"])
        XCTAssertEqual((run["merges"] as? [Any])?.count, 0)
    }

    func testAMergedSpellingIsAnAliasARunAddedAndTheDeletedNotesAreListed() throws {
        let vault = TemporaryFolder.vault(owner: "Priya Raman", notPeople: ["Data Platform"])
        vault.write("People/Kushal Datta.md", "---\ntype: people\ntitle: Kushal Datta\naliases: [KD]\n---\n\n# Kushal Datta\n")
        vault.write(.keyFacts(date: "2025-10-31", attendees: ["Kushal Dada", "Rhea Kapoor", "Kushal Dalton"], linked: true,
                              title: "Apollo storage", "- Kushal Dada wants 120,000 GPUs per site."))
        try runVault(vault)
        try FileManager.default.removeItem(atPath: vault.url("People/Rhea Kapoor.md"))
        try runVault(vault)
        let result = try MeetingFactsBinary.run(["people", vault.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("  People/Kushal Datta.md · aliases: KD · aliases a run added: Kushal Dada\n"), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("""

            Deleted by you, never created again: Rhea Kapoor

            Never a person (not_people): Data Platform

            """), result.stdout)
        let json = try XCTUnwrap(try MeetingFactsBinary.run(["people", vault.path, "--json"]).json)
        XCTAssertEqual(json["deleted"] as? [String], ["Rhea Kapoor"])
        let kushal = try XCTUnwrap((json["people"] as? [[String: Any]])?.first { $0["name"] as? String == "Kushal Datta" })
        XCTAssertEqual(kushal["aliases"] as? [String], ["KD", "Kushal Dada"])
        XCTAssertEqual(kushal["aliases_added"] as? [String], ["Kushal Dada"])
        XCTAssertEqual(kushal["attended"] as? [String], ["Meetings/2025-10-31 - Apollo storage.md"])
    }

    func testTheLastRunsMergesAndNamesForReviewAreListed() throws {
        let vault = TemporaryFolder.vault(owner: "Priya Raman")
        vault.write("People/Kushal Datta.md", "---\ntype: people\ntitle: Kushal Datta\n---\n\n# Kushal Datta\n")
        vault.write(MeetingNoteFixture(date: "2025-10-31", attendees: ["Kushal Dada", "Kushal Dalton"], linked: true, title: "Apollo storage"))
        try runVault(vault)
        let result = try MeetingFactsBinary.run(["people", vault.path])
        XCTAssertTrue(result.stdout.hasSuffix("""
            Last run (2025-11-15): 1 note created, 1 spelling merged, 1 name to review
              created  Kushal Dalton (People/Kushal Dalton.md)
              merged   'Kushal Dada' into Kushal Datta: surname sounds the same
              review   'Kushal Dalton' may be Kushal Datta (its note says suspected_match)

            """), result.stdout)
    }
}
