import Foundation
import XCTest
@testable import MeetingFacts

/// Runs the person-notes stage over the real meeting notes of `../shared/data/vault-sample`
/// (read by path, never copied), twice: the second run must change no byte. The records come
/// from a minimal reading of each note (frontmatter date and people, Summary, Key facts learned),
/// enough to exercise planning and merging on real text until the reader stage feeds it.
final class VaultSamplePersonNotesTests: XCTestCase {
    static let owner = "Jason Vallery"

    static var transcripts: URL {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let shared = ProcessInfo.processInfo.environment["MEETINGFACTS_SHARED"].map { URL(fileURLWithPath: $0) }
            ?? root.deletingLastPathComponent().appendingPathComponent("shared")
        return shared.appendingPathComponent("data/vault-sample/Transcripts")
    }

    static func records() throws -> [MeetingRecord] {
        let names = try FileManager.default.contentsOfDirectory(atPath: transcripts.path).filter { $0.hasSuffix(".md") }.sorted()
        return try names.compactMap { name in
            let text = try String(decoding: Data(contentsOf: transcripts.appendingPathComponent(name)), as: UTF8.self)
            return record(name: name, text: text)
        }
    }

    static func record(name: String, text: String) -> MeetingRecord? {
        let lines = NoteText(text).lines.map(\.content)
        guard let dateLine = lines.first(where: { $0.hasPrefix("date:") }),
              let date = CalendarDate(iso: dateLine.dropFirst(5).filter { !"'\" ".contains($0) }) else { return nil }
        var people: [String] = []
        var inPeople = false
        var section = ""
        var summary: [String] = []
        var facts: [Fact] = []
        var title = ""
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("  people:") { inPeople = true; continue }
            if inPeople {
                if line.hasPrefix("  - ") {
                    people.append(line.dropFirst(4).filter { !"'[]".contains($0) })
                    continue
                }
                inPeople = false
            }
            if line.hasPrefix("# "), title.isEmpty { title = String(line.dropFirst(2)) }
            if line.hasPrefix("## ") { section = String(line.dropFirst(3)); continue }
            if section == "Summary", !line.isEmpty, facts.isEmpty, summary.count < 1 { summary.append(line) }
            if section == "Key facts learned", line.hasPrefix("- ") {
                // Each vault-sample note is a 1:1: its facts are the other person's.
                facts.append(Fact(text: String(line.dropFirst(2)), line: index + 1, about: people.filter { $0 != owner }))
            }
        }
        let linkName = String(name.dropLast(3))
        return MeetingRecord(path: "Transcripts/" + name, linkName: linkName, date: date, title: title.isEmpty ? linkName : title,
                             summary: summary.first ?? "", attendees: [owner] + people.filter { $0 != owner },
                             referenced: [], facts: facts)
    }

    func testSecondRunOverTheVaultSampleChangesNoByte() throws {
        guard FileManager.default.fileExists(atPath: Self.transcripts.path) else {
            throw XCTSkip("no vault-sample at \(Self.transcripts.path)")
        }
        let records = try Self.records()
        XCTAssertGreaterThan(records.count, 0)
        let planner = try PersonNotePlanner(ruleSet: .shipped)
        let today = CalendarDate(year: 2026, month: 1, day: 15)
        var factsWritten = 0, restatements = 0, changedOnSecondRun: [String] = []
        let people = planner.people(in: records, owner: Self.owner)
        for person in people {
            let first = planner.plan(for: person, records: records, existingText: nil, owner: Self.owner, today: today)
            factsWritten += first.factsAdded
            restatements += first.restatementsDropped
            let second = planner.plan(for: person, records: records, existingText: first.text, owner: Self.owner,
                                      today: today.adding(days: 1), previouslyWritten: first.writtenHashes)
            if second.change != .unchanged || second.text != first.text { changedOnSecondRun.append(person) }
        }
        XCTAssertEqual(changedOnSecondRun, [])
        // The Key facts of the copies of one meeting restate each other: the same numbers, other words.
        XCTAssertEqual(factsWritten + restatements, 376)
        XCTAssertEqual(restatements, 57)
    }
}
