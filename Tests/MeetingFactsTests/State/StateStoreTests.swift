import Foundation
import GRDB
import XCTest
@testable import MeetingFacts

final class StateStoreTests: XCTestCase {
    private static let meeting = "Meetings/2025-10-31 - Sync.md"
    private static let line = "- Dallas gets ~1–2 TB/s for Ann Lee in Jan — [[2025-10-31 - Sync|2025-10-31]]"

    /// A fact with a quantity range, a date and a person, every field of the mentions set.
    private static func fact(person: String = "Ann Lee", note: String = "People/Ann Lee.md", line: String = StateStoreTests.line,
                             meeting: String = StateStoreTests.meeting, date: String = "2025-10-31") -> IndexedFact {
        var rate = Mention(kind: .quantity, text: "~1–2 TB/s", line: 17, span: 13..<26, rule: "data-rate")
        rate.unit = "B/s"
        rate.low = 1e12
        rate.high = 2e12
        rate.approx = true
        var month = Mention(kind: .date, text: "Jan", line: 17, span: 42..<45, rule: "date.month")
        month.start = "2026-01-01"
        month.end = "2026-01-31"
        month.grain = "month"
        month.timex = "2026-01"
        var ann = Mention(kind: .person, text: "Ann Lee", line: 17, span: 31..<38, rule: "person.known")
        ann.name = "Ann Lee"
        ann.company = "Northwind"
        ann.role = "CTO"
        ann.team = "Storage"
        return IndexedFact(person: person, notePath: note, line: line, text: "Dallas gets ~1–2 TB/s for Ann Lee in Jan",
                           meetingDate: date, meetingPath: meeting, meetingLine: 17, mentions: [rate, month, ann])
    }

    func testRoundTripOfNotesWrittenLinesAndTypedFacts() throws {
        let vault = TemporaryFolder()
        let store = try StateStore(vaultRoot: vault.path, readOnly: false)
        var update = StateStore.Update()
        update.meta["rules"] = "abc"
        var note = NoteState(path: "M/a.md", kind: .meeting, size: 10, modified: 5, hash: "h")
        note.people = ["Ann Lee", "Bo Chen"]
        note.attendees = ["Ann Lee"]
        note.date = "2025-10-31"
        update.notes = [note]
        update.written = ["Ann Lee": ["l1", "l2"]]
        var bare = StateStoreTests.fact(person: "Bo Chen", note: "People/Bo Chen.md", line: "- Bo Chen says hello — [[x|2025-11-02]]",
                                        meeting: "Meetings/x.md", date: "2025-11-02")
        bare.text = "Bo Chen says hello"
        bare.mentions = []
        update.facts = [StateStoreTests.fact(), bare]
        try store.save(update)

        let reopened = try StateStore(vaultRoot: vault.path, readOnly: true)
        XCTAssertTrue(reopened.exists)
        XCTAssertFalse(reopened.isOutdated)
        XCTAssertEqual(try reopened.value(forKey: "rules"), "abc")
        XCTAssertEqual(try reopened.notes()["M/a.md"], note)
        XCTAssertEqual(try reopened.writtenLines(person: "Ann Lee"), ["l1", "l2"])
        XCTAssertEqual(try reopened.facts(), [bare, StateStoreTests.fact()], "newest meeting first, every mention field kept")
        XCTAssertEqual(try reopened.facts(since: "2025-11-01"), [bare])
        XCTAssertEqual(try reopened.facts(meetingPath: StateStoreTests.meeting), [StateStoreTests.fact()])
        XCTAssertEqual(bare.kinds, ["text"])
        XCTAssertEqual(StateStoreTests.fact().kinds, ["date", "person", "quantity"])
    }

    func testALineIndexedAgainReplacesWhatWasKeptOfIt() throws {
        let vault = TemporaryFolder()
        let store = try StateStore(vaultRoot: vault.path, readOnly: false)
        var update = StateStore.Update()
        update.facts = [StateStoreTests.fact()]
        try store.save(update)
        var again = StateStoreTests.fact()
        again.mentions = [again.mentions[1]]
        update.facts = [again]
        try store.save(update)

        XCTAssertEqual(try store.facts(), [again])
        let orphans = try DatabaseQueue(path: vault.url(StateStore.relativePath)).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM fact_mentions")
        }
        XCTAssertEqual(orphans, 1, "the mentions of the replaced row go with it")
    }

    func testADeletedMeetingOrPersonNoteTakesItsFactsAlong() throws {
        let store = try StateStore()
        var update = StateStore.Update()
        let other = StateStoreTests.fact(person: "Bo Chen", note: "People/Bo Chen.md", line: "- Bo — [[y|2025-10-30]]",
                                         meeting: "Meetings/y.md", date: "2025-10-30")
        let third = StateStoreTests.fact(person: "Cy Ng", note: "People/Cy Ng.md", line: "- Cy — [[z|2025-10-29]]",
                                         meeting: "Meetings/z.md", date: "2025-10-29")
        update.facts = [StateStoreTests.fact(), other, third]
        try store.save(update)
        update = StateStore.Update()
        update.removedNotes = [StateStoreTests.meeting, "People/Bo Chen.md"]
        try store.save(update)
        XCTAssertEqual(try store.facts(), [third])
    }

    /// A state the last release wrote (migrations v1 and v2): notes, written lines, decisions, a
    /// fingerprint and an old fact row without mentions. Its schema is written out here, not taken
    /// from `StateStore`'s migrations: it is the file an old release left on disk, and must stay so
    /// whatever the migrations become.
    private func writeVersion2State(in vault: TemporaryFolder) throws {
        try FileManager.default.createDirectory(atPath: vault.url(".meetingfacts"), withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: vault.url(StateStore.relativePath))
        try queue.write { db in
            try db.execute(sql: """
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('v1'), ('v2');
                CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                CREATE TABLE notes (
                    path TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, size INTEGER NOT NULL,
                    modified INTEGER NOT NULL, hash TEXT NOT NULL, people TEXT NOT NULL,
                    fact_count INTEGER NOT NULL, date TEXT NOT NULL, link_name TEXT NOT NULL,
                    summary TEXT NOT NULL, attendees TEXT NOT NULL, transcript_hash TEXT NOT NULL,
                    canonical TEXT NOT NULL);
                CREATE TABLE written (person TEXT NOT NULL, line_hash TEXT NOT NULL, PRIMARY KEY (person, line_hash));
                CREATE TABLE facts (
                    id INTEGER PRIMARY KEY AUTOINCREMENT, person TEXT NOT NULL, kinds TEXT NOT NULL,
                    text TEXT NOT NULL, meeting_date TEXT NOT NULL, meeting_path TEXT NOT NULL,
                    UNIQUE (person, text, meeting_path));
                CREATE INDEX facts_by_person ON facts (person, meeting_date);
                CREATE TABLE people_decisions (kind TEXT NOT NULL, name TEXT NOT NULL, person TEXT NOT NULL,
                    PRIMARY KEY (kind, name, person));
                INSERT INTO meta VALUES ('fingerprint', 'f1'), ('inferred_owner', 'Jason Vallery');
                INSERT INTO notes VALUES ('M/a.md', 'meeting', 10, 5, 'h', 'Ann Lee', 1, '2025-10-31', 'a', 's', 'Ann Lee', '', 'M/a.md');
                INSERT INTO written VALUES ('Ann Lee', 'l1');
                INSERT INTO people_decisions VALUES ('note-created', 'Ann Lee', 'People/Ann Lee.md');
                INSERT INTO facts (person, kinds, text, meeting_date, meeting_path) VALUES ('Ann Lee', 'quantity', 'Dallas gets 7 EB', '2025-10-31', 'M/a.md');
                """)
        }
    }

    func testAnOlderStateIsReadOnlyAsIsAndMigratedByARun() throws {
        let vault = TemporaryFolder()
        try writeVersion2State(in: vault)

        let reader = try StateStore(vaultRoot: vault.path, readOnly: true)
        XCTAssertTrue(reader.isOutdated, "a dry run or a query sees the state predates typed facts")
        XCTAssertEqual(try reader.notes()["M/a.md"]?.people, ["Ann Lee"])
        XCTAssertEqual(try reader.writtenLines(person: "Ann Lee"), ["l1"])
        XCTAssertEqual(try reader.value(forKey: "fingerprint"), "f1")

        let store = try StateStore(vaultRoot: vault.path, readOnly: false)
        XCTAssertFalse(store.isOutdated)
        XCTAssertEqual(try store.notes()["M/a.md"]?.people, ["Ann Lee"])
        XCTAssertEqual(try store.writtenLines(person: "Ann Lee"), ["l1"])
        XCTAssertEqual(try store.peopleDecisions(), [PeopleDecision(kind: .noteCreated, name: "Ann Lee", person: "People/Ann Lee.md")])
        XCTAssertEqual(try store.value(forKey: "inferred_owner"), "Jason Vallery")
        XCTAssertNil(try store.value(forKey: "fingerprint"), "the next run redoes every meeting, indexing its facts again")
        XCTAssertEqual(try store.facts(), [], "an old fact knows neither its line nor its mentions")
        var update = StateStore.Update()
        update.facts = [StateStoreTests.fact()]
        try store.save(update)
        XCTAssertEqual(try StateStore(vaultRoot: vault.path, readOnly: true).facts(), [StateStoreTests.fact()])
    }

    func testReadOnlyStateOfAVaultWithoutOneCreatesNothing() throws {
        let vault = TemporaryFolder()
        let store = try StateStore(vaultRoot: vault.path, readOnly: true)
        XCTAssertFalse(store.exists)
        XCTAssertEqual(try store.notes(), [:])
        XCTAssertEqual(try store.facts(), [])
        XCTAssertEqual(vault.allFiles(), [])
        XCTAssertFalse(FileManager.default.fileExists(atPath: vault.url(".meetingfacts")))
    }
}
