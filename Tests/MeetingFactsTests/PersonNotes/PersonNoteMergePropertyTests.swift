import XCTest
@testable import MeetingFacts

/// Properties of the person-note merge over random notes and random meetings (fixed seeds):
/// merging twice gives what merging once gave, and every line a person wrote survives byte for
/// byte, whatever the note looks like — CRLF, trailing spaces, headings in any order, user lines
/// inside the managed sections, code fences, no frontmatter.
final class PersonNoteMergePropertyTests: XCTestCase {
    static let person = "Lena Fischer"
    static let owner = "Priya Raman"

    /// SplitMix64: a small generator with a seed, so a failing case can be replayed.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476C_E5E9_B7BA
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// A random note: its text and the lines its author wrote (that no merge may drop or change).
    static func randomNote(_ random: inout SeededGenerator) -> (text: String, userLines: [String]) {
        var lines: [String] = []
        var userLines: [String] = []
        if Bool.random(using: &random) {
            lines += ["---", "type: people", "title: \(person)"]
            if Bool.random(using: &random) { lines += ["aliases:", "  - Lena F."] }
            if Bool.random(using: &random) { lines.append("last_contact: '2025-0\(Int.random(in: 1...9, using: &random))-01'") }
            lines.append("---")
        }
        if Bool.random(using: &random) { lines += ["", "# \(person)"] }
        let headings = ["## Key Facts", "## Recent Context", "## Topics Discussed", "## Profile", "## My notes", "### Context", "## Contact Information"]
        for index in 0..<Int.random(in: 0...8, using: &random) {
            switch Int.random(in: 0...9, using: &random) {
            case 0...2:
                lines.append(headings.randomElement(using: &random)!)
            case 3...6:
                let line = ["- ", "* ", "", "1. ", "- [ ] "].randomElement(using: &random)! + "my line \(index) about \(Int.random(in: 1...99, using: &random)) racks"
                    + (Bool.random(using: &random) ? "  " : "")
                lines.append(line)
                userLines.append(line)
            case 7:
                lines.append("")
            case 8:
                let fence = ["```", "```", "~~~"].randomElement(using: &random)!
                let inside = "inside a fence \(index): ## Key Facts"
                lines += [fence, inside] + (Bool.random(using: &random) ? [fence] : [])
                userLines.append(inside)
            default:
                let line = "- An old fact of mine \(index) — [[2025-01-0\(index % 9 + 1) - Old meeting|2025-01-0\(index % 9 + 1)]]"
                lines.append(line)
                userLines.append(line)
            }
        }
        let ending = Int.random(in: 0...3, using: &random) == 0 ? "\r\n" : "\n"
        let final = Bool.random(using: &random) ? ending : ""
        return (lines.joined(separator: ending) + final, userLines)
    }

    /// One to three random meetings naming the person, with facts made of random parts.
    static func randomRecords(_ random: inout SeededGenerator) -> [MeetingRecord] {
        (0..<Int.random(in: 1...3, using: &random)).map { index in
            let day = Int.random(in: 1...28, using: &random)
            let date = CalendarDate(year: 2025, month: 10, day: day)
            let link = "\(date.iso) - Sync \(index)"
            let facts = (0..<Int.random(in: 0...4, using: &random)).map { number in
                Fact(text: ["\(person) moves \(Int.random(in: 2...90, using: &random)) racks to Quincy.",
                            "Write peaks reach \(Int.random(in: 1...9, using: &random)) TB/s.",
                            "The pilot ends on \(date.iso)."].randomElement(using: &random)!,
                     line: 10 + number, about: Bool.random(using: &random) ? [person] : [])
            }
            let attended = Bool.random(using: &random)
            return MeetingRecord(path: "Meetings/\(link).md", linkName: link, date: date, title: "Sync \(index)",
                                 summary: "We went through the rollout plan \(index) and the racks.",
                                 attendees: attended ? [owner, person] : [owner], referenced: attended ? [] : [person],
                                 facts: facts, topics: ["Rollout \(index)"],
                                 mentionSentences: [person: "\(person) said the racks arrive in week \(index + 40)."])
        }
    }

    /// Lines without their ends; "\r\n" is one Character in Swift, so it is a separator of its own.
    static func lines(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
    }

    func testMergingTwiceEqualsMergingOnceAndEveryUserLineSurvives() throws {
        let planner = try PersonNotePlanner(ruleSet: .shipped)
        let today = CalendarDate(year: 2025, month: 11, day: 15)
        for seed in UInt64(1)...300 {
            var random = SeededGenerator(state: seed)
            let (note, userLines) = Self.randomNote(&random)
            let records = Self.randomRecords(&random)
            let once = planner.plan(for: Self.person, records: records, existingText: note, owner: Self.owner, today: today)
            let twice = planner.plan(for: Self.person, records: records, existingText: once.text, owner: Self.owner, today: today,
                                     previouslyWritten: once.writtenHashes)
            XCTAssertEqual(twice.text, once.text, "seed \(seed): a second merge changed the note\n--- note:\n\(note)")
            var present: [String: Int] = [:]
            for line in Self.lines(once.text) { present[line, default: 0] += 1 }
            var wanted: [String: Int] = [:]
            for line in userLines { wanted[line, default: 0] += 1 }
            for (line, count) in wanted where present[line, default: 0] < count {
                XCTFail("seed \(seed): the user's line \(line.debugDescription) was lost\n--- note:\n\(note)\n--- merged:\n\(once.text)")
            }
        }
    }
}
