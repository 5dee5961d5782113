import Foundation
import XCTest
@testable import MeetingFacts

/// corpus/golden/key-facts: a group meeting, a 1:1 and a speech-only recording, and the exact
/// person notes they give — each fact on the note of the person it is about, and nowhere else.
final class KeyFactsGoldenTests: XCTestCase {
    private let golden = RepositoryPaths.corpus + "/golden/key-facts"

    func testEachPersonGetsExactlyTheirFacts() throws {
        let vault = RepositoryPaths.copy(golden + "/vault")
        let report = try VaultRun(options: RunOptions(vault: vault.path, today: CalendarDate(year: 2026, month: 2, day: 20))).execute()
        XCTAssertEqual(report.errors, [])
        let written = vault.allFiles().filter { $0.hasPrefix("People/") }
        if ProcessInfo.processInfo.environment["MEETINGFACTS_UPDATE_GOLDEN"] == "1" {
            for file in written { try vault.read(file)!.write(toFile: golden + "/expected/" + file, atomically: true, encoding: .utf8) }
        }
        let expected = RepositoryPaths.copy(golden + "/expected")
        XCTAssertEqual(written, expected.allFiles())
        for file in expected.allFiles() { XCTAssertEqual(vault.read(file), expected.read(file), file) }
    }

    func testTheFactsOfEachNoteAreAboutWhomTheRulesSay() throws {
        let rules = RuleSet.shipped
        let parser = NoteParser(rules: rules)
        let analyzer = NoteAnalyzer(rules: rules, owner: "Nadia Ferreira")
        func facts(_ name: String) throws -> [String: [String]] {
            let note = try parser.parse(fileAt: URL(fileURLWithPath: golden + "/vault/Meetings/" + name + ".md"), path: name)
            let analysis = analyzer.analyze(note, date: try XCTUnwrap(note.date))
            return Dictionary(analysis.facts.map { ($0.text, $0.about) }, uniquingKeysWith: { first, _ in first })
        }
        let group = try facts("2026-02-10 - Lisbon site planning")
        XCTAssertEqual(group["The storage tier starts at 8 PB and doubles in year two."], [])
        XCTAssertEqual(group["Kwame Mensah from Contoso joins as network lead for the build."], ["Kwame Mensah"])
        XCTAssertNil(group["**Mon (Feb 16)**"])
        let oneOnOne = try facts("2026-02-12 - 1-1 Ingrid")
        XCTAssertEqual(oneOnOne["Budget for the loop is $1.4M."], ["Ingrid Solberg"])
        XCTAssertEqual(oneOnOne["Nadia approved the extra 2 weeks of testing for the loop."], [])
        // Told in Ingrid's 1:1, but about Kwame: his note's, not hers.
        XCTAssertEqual(oneOnOne["Kwame Mensah moves the optics order to 2026-03-20."], ["Kwame Mensah"])
        let recording = try facts("2026-02-13 - Recording with Kwame")
        XCTAssertEqual(recording["\"We need 400 Gbps uplinks per rack, and we will order the optics by March 6\""], ["Kwame Mensah"])
    }
}
