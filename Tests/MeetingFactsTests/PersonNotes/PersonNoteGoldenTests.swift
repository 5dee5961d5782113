import Foundation
import XCTest
@testable import MeetingFacts

/// `corpus/golden/person-notes/`: the meeting notes, the person notes a first run must create
/// (`new/`), and a hand-edited note (`merge/before/`) with the exact result of merging the
/// meetings into it (`merge/expected/`). Set `MEETINGFACTS_UPDATE_GOLDEN=1` to rewrite the
/// expected files after a deliberate change, then review the diff.
final class PersonNoteGoldenTests: XCTestCase {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpus/golden/person-notes")

    private func compare(_ actual: String, toFile relativePath: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let url = Self.corpus.appendingPathComponent(relativePath)
        if ProcessInfo.processInfo.environment["MEETINGFACTS_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
        }
        let expected = try String(decoding: Data(contentsOf: url), as: UTF8.self)
        XCTAssertEqual(actual, expected, relativePath, file: file, line: line)
    }

    func testFirstRunCreatesTheExpectedNotes() throws {
        let planner = try PersonNoteFixtures.planner()
        let today = CalendarDate(year: 2026, month: 3, day: 10)
        let people = planner.people(in: PersonNoteFixtures.records, owner: PersonNoteFixtures.owner)
        XCTAssertEqual(people, ["Marco Ilves", "Priya Raman", "Tomas Okafor"])
        for person in people {
            let plan = planner.plan(for: person, records: PersonNoteFixtures.records, existingText: nil,
                                    owner: PersonNoteFixtures.owner, today: today)
            XCTAssertEqual(plan.change, .created)
            XCTAssertEqual(plan.path, "People/\(person).md")
            try compare(plan.text, toFile: "new/" + plan.path)
        }
    }

    func testMergeIntoAHandEditedNoteGivesTheExpectedNote() throws {
        let planner = try PersonNoteFixtures.planner()
        // The first run saw only the first meeting; the note was then edited by hand.
        let firstRun = planner.plan(for: "Priya Raman", records: [PersonNoteFixtures.pilotReview], existingText: nil,
                                    owner: PersonNoteFixtures.owner, today: CalendarDate(year: 2026, month: 3, day: 3))
        let before = try String(decoding: Data(contentsOf: Self.corpus.appendingPathComponent("merge/before/People/Priya Raman.md")), as: UTF8.self)
        let plan = planner.plan(for: "Priya Raman", records: PersonNoteFixtures.records, existingText: before,
                                owner: PersonNoteFixtures.owner, today: CalendarDate(year: 2026, month: 3, day: 10),
                                previouslyWritten: firstRun.writtenHashes)
        XCTAssertEqual(plan.change, .updated)
        try compare(plan.text, toFile: "merge/expected/People/Priya Raman.md")
    }
}
