import XCTest
@testable import MeetingFacts

/// The facts of a meeting noted several times: each point once (issue #16, "written once").
final class MeetingGrouperTests: XCTestCase {
    private func megawatts(_ value: Double) -> Mention {
        var mention = Mention(kind: .quantity, text: "\(Int(value)) MW", line: 1, span: 0..<5)
        mention.value = value
        mention.unit = "MW"
        return mention
    }

    private func version(_ path: String, _ facts: [Fact]) -> MeetingRecord {
        MeetingRecord(path: "Meetings/\(path).md", linkName: path, date: CalendarDate(year: 2025, month: 11, day: 3), title: path,
                      summary: "", attendees: ["Hiro Tanabe", "Mei Ito"], referenced: [], facts: facts)
    }

    func testTheRichestVersionsFactsAndOfTheOthersOnlyWhatTellsSomeoneSomethingNew() {
        let canonical = version("2025-11-03 - Osaka build review", [
            Fact(text: "Osaka's first hall (20 MW) energises in March.", line: 10, about: ["Hiro Tanabe"], mentions: [megawatts(20)]),
        ])
        let richest = version("2025-11-03 - Osaka site status", [
            Fact(text: "The first 20 MW hall at Osaka energises in March.", line: 12, about: ["Hiro Tanabe"], mentions: [megawatts(20)]),
            Fact(text: "Mei owns the rack elevations.", line: 13, about: ["Mei Ito"]),
            Fact(text: "Hiro will send the commissioning schedule.", line: 14, about: ["Hiro Tanabe"]),
            Fact(text: "Mei reviews the cooling plan with the contractor.", line: 15, about: ["Mei Ito"]),
        ])
        let third = version("2025-11-03 - Hiro and Mei on Osaka", [
            Fact(text: "Hiro says the shell of the first hall is finished.", line: 8, about: ["Hiro Tanabe"]),
            Fact(text: "A second 30 MW hall follows in Q3.", line: 9, about: ["Hiro Tanabe"], mentions: [megawatts(30)]),
            Fact(text: "Priya will review the budget.", line: 10, about: ["Priya Raman"]),
        ])
        let facts = MeetingGrouper.facts(of: [canonical, richest, third], canonical: canonical)
        XCTAssertEqual(facts.map(\.text), [
            "The first 20 MW hall at Osaka energises in March.",
            "Mei owns the rack elevations.",
            "Hiro will send the commissioning schedule.",
            "Mei reviews the cooling plan with the contractor.",
            "A second 30 MW hall follows in Q3.",
            "Priya will review the budget.",
        ])
    }

    func testVersionsWithAsManyFactsGiveTheCanonicalOnesFirst() {
        let canonical = version("a", [Fact(text: "Hiro runs the Osaka build.", line: 1, about: ["Hiro Tanabe"])])
        let copy = version("b", [Fact(text: "The Osaka build is run by Hiro.", line: 1, about: ["Hiro Tanabe"])])
        XCTAssertEqual(MeetingGrouper.facts(of: [copy, canonical], canonical: canonical).map(\.text), ["Hiro runs the Osaka build."])
    }
}
