import Foundation
import XCTest
@testable import MeetingFacts

final class StateStoreTests: XCTestCase {
    func testRoundTripOfNotesWrittenLinesAndFacts() throws {
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
        update.facts = [IndexedFact(person: "Ann Lee", kinds: "quantity,date", text: "Dallas gets 7 EB in Jan",
                                    meetingDate: "2025-10-31", meetingPath: "M/a.md")]
        try store.save(update)

        let reopened = try StateStore(vaultRoot: vault.path, readOnly: true)
        XCTAssertEqual(try reopened.value(forKey: "rules"), "abc")
        XCTAssertEqual(try reopened.notes()["M/a.md"], note)
        XCTAssertEqual(try reopened.writtenLines(person: "Ann Lee"), ["l1", "l2"])
        XCTAssertEqual(try reopened.facts(person: "Ann Lee", kind: "date", since: "2025-10-01").map(\.text), ["Dallas gets 7 EB in Jan"])
        XCTAssertEqual(try reopened.facts(person: nil, kind: "person", since: nil), [])
        XCTAssertEqual(try reopened.facts(person: nil, kind: nil, since: "2025-11-01"), [])
    }

    func testReadOnlyStateOfAVaultWithoutOneCreatesNothing() throws {
        let vault = TemporaryFolder()
        let store = try StateStore(vaultRoot: vault.path, readOnly: true)
        XCTAssertEqual(try store.notes(), [:])
        XCTAssertEqual(vault.allFiles(), [])
        XCTAssertFalse(FileManager.default.fileExists(atPath: vault.url(".meetingfacts")))
    }
}
