import Foundation
import GRDB
import XCTest

/// `meetingfacts facts VAULT`: the typed facts the runs wrote to person notes, as CSV rows per
/// mention or whole as JSON, selected by kind, unit, range, person (alias, any case) and date —
/// and never a fact whose line or note is gone.
final class FactsCommandTests: XCTestCase {
    private let today = ["--today", "2025-11-15"]
    private let header = "kind,value,unit,start,end,person,company,meeting,text\n"
    private let capacity = "Meetings/2025-10-31 - Capacity sync with Northwind.md"
    private let hiring = "Meetings/2025-11-04 - Hiring loop debrief.md"
    private let vendor = "Meetings/2025-11-12 14:30 - Vendor call with Fabrikam.md"
    private let marcus = "Marcus Oyelaran (Northwind Cloud) walked through the storage plan for the Dallas site: the first 12 PB lands in Jan and a second phase of 40 racks follows in Q2 2026"

    /// One run of the demo vault for every test that only reads it, removed after the last.
    nonisolated(unsafe) private static var shared: TemporaryFolder?

    override class func tearDown() {
        shared = nil
        super.tearDown()
    }

    private func demoVault() throws -> TemporaryFolder {
        if let vault = FactsCommandTests.shared { return vault }
        let vault = try ranDemoVault()
        FactsCommandTests.shared = vault
        return vault
    }

    /// A fresh copy of the demo vault, run once.
    private func ranDemoVault() throws -> TemporaryFolder {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        let run = try MeetingFactsBinary.run(["run", vault.path] + today)
        XCTAssertEqual(run.status, 0, run.stderr)
        return vault
    }

    private func facts(_ vault: TemporaryFolder, _ arguments: [String]) throws -> MeetingFactsBinary.Result {
        try MeetingFactsBinary.run(["facts", vault.path] + arguments)
    }

    /// Lena Fischer's 1:1 with Priya Raman: every fact of it is Priya's, B/s ranges included.
    private func oneOnOneVault() throws -> TemporaryFolder {
        let vault = TemporaryFolder.vault(owner: "Lena Fischer")
        vault.write(MeetingNoteFixture(date: "2025-10-28", attendees: ["Lena Fischer", "Priya Raman"], title: "Lena and Priya 1:1", sections: [
            ("Summary", "Priya walked through the checkpoint storage plan for the Phoenix cluster."),
            ("Key facts", """
                - Peak checkpoint writes are ~1–2 TB/s and reads need about 24 TB/s.
                - The Phoenix cluster stores 40 PB of checkpoints by March 2026.
                - Priya prefers written agendas over slides for design reviews.

                """),
        ]), at: "Meetings/2025-10-28 - Lena and Priya 1-1.md")
        let run = try MeetingFactsBinary.run(["run", vault.path] + today)
        XCTAssertEqual(run.status, 0, run.stderr)
        return vault
    }

    func testQuantitiesAreOneTypedRowEach() throws {
        let result = try facts(try demoVault(), ["--kind", "quantity", "--csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, header + """
            quantity,15,%,,,Jon Baker,Fabrikam,\(vendor),Jon Baker of Fabrikam quoted 18 months of support at 15% of list; delivery is within 30 days of order
            quantity,4096,count,,,Lena Fischer,,\(capacity),"Lena Fischer confirmed the GPU cluster grows to 4,096 GPUs"
            quantity,12000000000000000,B,,,Marcus Oyelaran,,\(capacity),\(marcus)
            quantity,40,count,,,Marcus Oyelaran,,\(capacity),\(marcus)

            """)
    }

    func testDatesGiveTheirFirstAndLastDay() throws {
        let result = try facts(try demoVault(), ["--kind", "date", "--since", "2025-11-01", "--csv"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, header + """
            date,,,2025-11-17,2025-11-23,Jon Baker,,\(vendor),Delivery is within 30 days of order; the pilot starts next week.
            date,,,2025-11-07,2025-11-07,Dev Malhotra,,\(hiring),"Dev Malhotra owns the offer letter, due by Friday."

            """)
    }

    func testUnitAndRangeSelectQuantities() throws {
        let vault = try demoVault()
        let bytes = try facts(vault, ["--kind", "quantity", "--unit", "B", "--csv"])
        XCTAssertEqual(bytes.stdout, header + "quantity,12000000000000000,B,,,Marcus Oyelaran,,\(capacity),\(marcus)\n")
        let range = try facts(vault, ["--min", "20", "--max", "5000", "--csv"])
        XCTAssertEqual(range.stdout, header + """
            quantity,4096,count,,,Lena Fischer,,\(capacity),"Lena Fischer confirmed the GPU cluster grows to 4,096 GPUs"
            quantity,40,count,,,Marcus Oyelaran,,\(capacity),\(marcus)

            """)
    }

    func testBytesPerSecondRowsOfAOneOnOneWithARange() throws {
        let vault = try oneOnOneVault()
        let meeting = "Meetings/2025-10-28 - Lena and Priya 1-1.md"
        let text = "Peak checkpoint writes are ~1–2 TB/s and reads need about 24 TB/s."
        let rates = try facts(vault, ["--kind", "quantity", "--unit", "B/s", "--csv"])
        XCTAssertEqual(rates.status, 0, rates.stderr)
        XCTAssertEqual(rates.stdout, header + """
            quantity,1000000000000..2000000000000,B/s,,,Priya Raman,,\(meeting),\(text)
            quantity,24000000000000,B/s,,,Priya Raman,,\(meeting),\(text)

            """)
        // A range counts by its low end for --min and its high end for --max: it must lie within.
        XCTAssertEqual(try facts(vault, ["--unit", "B/s", "--min", "1.5e12", "--csv"]).stdout,
                       header + "quantity,24000000000000,B/s,,,Priya Raman,,\(meeting),\(text)\n")
        XCTAssertEqual(try facts(vault, ["--unit", "B/s", "--max", "3e12", "--csv"]).stdout,
                       header + "quantity,1000000000000..2000000000000,B/s,,,Priya Raman,,\(meeting),\(text)\n")
        XCTAssertEqual(try facts(vault, ["--unit", "B/s", "--min", "3e12", "--max", "2e13", "--csv"]).stdout, header)
    }

    func testWithoutAKindEveryMentionIsARow() throws {
        let result = try facts(try oneOnOneVault(), ["--since", "2025-10-28", "--csv"])
        let meeting = "Meetings/2025-10-28 - Lena and Priya 1-1.md"
        let rates = "Peak checkpoint writes are ~1–2 TB/s and reads need about 24 TB/s."
        let phoenix = "The Phoenix cluster stores 40 PB of checkpoints by March 2026."
        XCTAssertEqual(result.stdout, header + """
            quantity,1000000000000..2000000000000,B/s,,,Priya Raman,,\(meeting),\(rates)
            quantity,24000000000000,B/s,,,Priya Raman,,\(meeting),\(rates)
            site,Phoenix,,,,Priya Raman,,\(meeting),\(phoenix)
            quantity,40000000000000000,B,,,Priya Raman,,\(meeting),\(phoenix)
            date,,,2026-03-01,2026-03-31,Priya Raman,,\(meeting),\(phoenix)
            person,Priya Raman,,,,Priya Raman,,\(meeting),Priya prefers written agendas over slides for design reviews.

            """)
    }

    func testPersonMatchesAnAliasOfTheNoteInAnyCase() throws {
        let vault = try demoVault()
        let byName = try facts(vault, ["--person", "Lena Fischer", "--csv"])
        XCTAssertEqual(byName.stdout, header + """
            person,Lena Fischer,,,,Lena Fischer,,\(hiring),Lena Fischer suggested we ask Ana Sousa to run the systems design interview.
            person,Ana Sousa,,,,Lena Fischer,,\(hiring),Lena Fischer suggested we ask Ana Sousa to run the systems design interview.
            person,Lena Fischer,,,,Lena Fischer,,\(capacity),"Lena Fischer confirmed the GPU cluster grows to 4,096 GPUs"
            quantity,4096,count,,,Lena Fischer,,\(capacity),"Lena Fischer confirmed the GPU cluster grows to 4,096 GPUs"

            """)
        // `aliases: [Lena]` on her note; any case.
        XCTAssertEqual(try facts(vault, ["--person", "lena", "--csv"]).stdout, byName.stdout)
        XCTAssertEqual(try facts(vault, ["--person", "LENA FISCHER", "--csv"]).stdout, byName.stdout)
        XCTAssertEqual(try facts(vault, ["--person", "Lena F", "--csv"]).stdout, header)
    }

    func testJSONHasEachFactWholeWithItsMentions() throws {
        let result = try facts(try demoVault(), ["--person", "Marcus Oyelaran", "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let list = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(list.count, 1)
        let fact = list[0]
        XCTAssertEqual(Set(fact.keys), ["person", "note_path", "line", "text", "meeting_date", "meeting_path", "meeting_line", "mentions"])
        XCTAssertEqual(fact["note_path"] as? String, "People/Marcus Oyelaran.md")
        XCTAssertEqual(fact["line"] as? String, "- \(marcus) — [[2025-10-31 - Capacity sync with Northwind|2025-10-31]]")
        XCTAssertEqual(fact["meeting_line"] as? Int, 16)
        let mentions = try XCTUnwrap(fact["mentions"] as? [[String: Any]])
        XCTAssertEqual(mentions.map { $0["text"] as? String }, ["Marcus Oyelaran", "Dallas", "12 PB", "Jan", "40 racks", "Q2 2026"])
        XCTAssertEqual(mentions[2]["value"] as? Double, 1.2e16)
        XCTAssertEqual(mentions[2]["unit"] as? String, "B")
        XCTAssertEqual(mentions[4]["item"] as? String, "rack")
        XCTAssertEqual(mentions[5]["start"] as? String, "2026-04-01")
        XCTAssertEqual(mentions[5]["end"] as? String, "2026-06-30")
        XCTAssertEqual(mentions[5]["grain"] as? String, "quarter")
    }

    func testAMisspeltKindIsAUsageErrorNotAnEmptyAnswer() throws {
        let result = try facts(try demoVault(), ["--kind", "quanity", "--csv"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.hasPrefix("Error: The value 'quanity' is invalid for '--kind <kind>'"), result.stderr)
        let unit = try facts(try demoVault(), ["--kind", "date", "--unit", "B"])
        XCTAssertEqual(unit.status, 2)
        XCTAssertTrue(unit.stderr.hasPrefix("Error: --unit, --min and --max select quantities"), unit.stderr)
    }

    func testAVaultNeverRunIsAnErrorNotAnEmptyAnswer() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        let result = try facts(vault, ["--csv"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "")
        XCTAssertEqual(result.stderr, "\(vault.path): error: never run (no .meetingfacts/state.sqlite); run `meetingfacts run \(vault.path)` first\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: vault.url(".meetingfacts")), "a query creates no state")
        let missing = try MeetingFactsBinary.run(["facts", vault.url("nowhere")])
        XCTAssertEqual(missing.status, 2)
        XCTAssertEqual(missing.stderr, "\(vault.url("nowhere")): error: not a folder\n")
    }

    func testAFactWhoseLineTheUserDeletedIsNeverListed() throws {
        let vault = try ranDemoVault()
        let jon = "People/Jon Baker.md"
        let support = "- Jon Baker of Fabrikam quoted 18 months of support at 15% of list; delivery is within 30 days of order — [[2025-11-12 14:30 - Vendor call with Fabrikam|2025-11-12]]\n"
        let note = try XCTUnwrap(vault.read(jon))
        XCTAssertTrue(note.contains(support))
        vault.write(jon, note.replacingOccurrences(of: support, with: ""))
        let expected = "2025-11-12  Jon Baker  Delivery is within 30 days of order; the pilot starts next week.\n"
        XCTAssertEqual(try facts(vault, ["--person", "Jon Baker"]).stdout, expected, "gone at once, before any run")
        XCTAssertEqual(try MeetingFactsBinary.run(["run", vault.path, "--full"] + today).status, 0)
        XCTAssertEqual(try facts(vault, ["--person", "Jon Baker"]).stdout, expected, "and the next run does not bring it back")
    }

    func testFactsOfADeletedMeetingOrPersonNoteAreNeverListed() throws {
        let vault = try ranDemoVault()
        try FileManager.default.removeItem(atPath: vault.url(hiring))
        try FileManager.default.removeItem(atPath: vault.url("People/Marcus Oyelaran.md"))
        let expected = """
            2025-11-12  Jon Baker  Jon Baker of Fabrikam quoted 18 months of support at 15% of list; delivery is within 30 days of order
            2025-11-12  Jon Baker  Delivery is within 30 days of order; the pilot starts next week.
            2025-10-31  Lena Fischer  Lena Fischer confirmed the GPU cluster grows to 4,096 GPUs
            2025-10-31  Tomás Ruiz  Tomás Ruiz from Contoso runs the network design review.

            """
        XCTAssertEqual(try facts(vault, []).stdout, expected)
        XCTAssertEqual(try MeetingFactsBinary.run(["run", vault.path] + today).status, 0)
        XCTAssertEqual(try facts(vault, []).stdout, expected)
    }

    func testFactsOfADeletedCanonicalNoteFollowTheCopyThatTakesOver() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.corpus + "/golden/duplicates/vault")
        XCTAssertEqual(try MeetingFactsBinary.run(["run", vault.path] + today).status, 0)
        let canonical = "Meetings/2025-11-03 - Osaka build review.md"
        let copy = "Meetings/2025-11-03 - Hiro and Mei walked Priya through the Osaka timeline.md"
        let before = try facts(vault, ["--csv"]).stdout
        XCTAssertTrue(before.contains(",\(canonical),"), before)
        try FileManager.default.removeItem(atPath: vault.url(canonical))
        let run = try MeetingFactsBinary.run(["run", vault.path] + today)
        // The two copies left of that day are read again (a removal can split or join a group).
        XCTAssertTrue(run.stdout.hasPrefix("2 meetings, 0 people created, 2 updated, 6 facts, 0 errors in "), run.stdout)
        // The person notes now cite the copy, and so does every fact, mentions and all.
        XCTAssertEqual(try facts(vault, ["--csv"]).stdout, before.replacingOccurrences(of: ",\(canonical),", with: ",\(copy),"))
    }

    func testAStateOfAnOlderReleaseIsAnErrorUntilTheNextRunIndexesEveryMeeting() throws {
        let vault = try ranDemoVault()
        let fresh = try facts(vault, ["--csv"]).stdout
        let notes = vault.allFiles().filter { !$0.hasPrefix(".meetingfacts/") }.map { vault.read($0) }
        // Back to the schema before migration v4: the old fact table, no mentions.
        try DatabaseQueue(path: vault.url(".meetingfacts/state.sqlite")).write { db in
            try db.execute(sql: """
                DROP TABLE fact_mentions;
                DROP TABLE facts;
                CREATE TABLE facts (
                    id INTEGER PRIMARY KEY AUTOINCREMENT, person TEXT NOT NULL, kinds TEXT NOT NULL,
                    text TEXT NOT NULL, meeting_date TEXT NOT NULL, meeting_path TEXT NOT NULL,
                    UNIQUE (person, text, meeting_path));
                DELETE FROM grdb_migrations WHERE identifier = 'v4';
                """)
        }
        let old = try facts(vault, ["--csv"])
        XCTAssertEqual(old.status, 2)
        XCTAssertEqual(old.stderr, "\(vault.path): error: the run state predates typed facts; run `meetingfacts run \(vault.path)` once to index them\n")

        let run = try MeetingFactsBinary.run(["run", vault.path] + today)
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.hasPrefix("3 meetings, 0 people created, 0 updated, 15 facts, 0 errors in "), run.stdout)
        XCTAssertEqual(vault.allFiles().filter { !$0.hasPrefix(".meetingfacts/") }.map { vault.read($0) }, notes, "no note changes")
        XCTAssertEqual(try facts(vault, ["--csv"]).stdout, fresh)
    }
}
