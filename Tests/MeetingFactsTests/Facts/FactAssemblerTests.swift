import XCTest
@testable import MeetingFacts

/// Whom a 1:1's facts are about: the other person, unless the fact is about somebody else or the
/// meeting is about the owner.
final class FactAssemblerTests: XCTestCase {
    private func about(_ summary: String, _ facts: [String]) throws -> [String: [String]] {
        let text = """
        ---
        type: meeting
        date: 2025-10-06
        attendees: ["[[Jai Menon]]"]
        ---

        # 1:1 — Jai Menon — 2025-10-06

        ## Summary

        \(summary)

        ## Key facts

        \(facts.map { "- " + $0 }.joined(separator: "\n"))
        """
        let rules = RuleSet.shipped
        let note = try NoteParser(rules: rules).parse(text: text, path: "Meetings/1-1.md")
        let analyzer = NoteAnalyzer(rules: rules, knownPeople: [KnownPerson(name: "Lior Genzel")], owner: "Jason Vallery")
        let analysis = analyzer.analyze(note, date: CalendarDate(year: 2025, month: 10, day: 6))
        return Dictionary(analysis.facts.map { ($0.text, $0.about) }, uniquingKeysWith: { first, _ in first })
    }

    func testAOneOnOnesFactsAreTheOtherPersons() throws {
        let facts = try about("Jason and Jai aligned on the cache evaluation.", ["The cache pilot needs 2 PB by 2025-12-01."])
        XCTAssertEqual(facts["The cache pilot needs 2 PB by 2025-12-01."], ["Jai Menon"])
    }

    func testAFactAboutSomebodyElseIsTheirsNotTheOneOnOnePersons() throws {
        let facts = try about("Jason and Jai aligned on the cache evaluation.", ["Lior Genzel owns the 2 PB pilot from 2025-12-01."])
        XCTAssertEqual(facts["Lior Genzel owns the 2 PB pilot from 2025-12-01."], ["Lior Genzel"])
    }

    func testInAOneOnOneAboutTheOwnerAFactNamingNobodyIsNobodysFact() throws {
        let facts = try about("Jason briefed Jai on his two offers and their deadlines.", [
            "The Crusoe offer deadline is 2025-10-08.",
            "Jai will not counter the $2M offer.",
        ])
        XCTAssertEqual(facts["The Crusoe offer deadline is 2025-10-08."], [])
        XCTAssertEqual(facts["Jai will not counter the $2M offer."], ["Jai Menon"])
    }

    func testASummaryIsAboutTheOwnerWhenTheOwnerIsItsOneSubject() {
        XCTAssertTrue(FactAssembler.summary("Jason shared he has two offers.", isAbout: "Jason Vallery"))
        XCTAssertTrue(FactAssembler.summary("Jason Vallery briefed Jai on his offers.", isAbout: "Jason Vallery"))
        XCTAssertFalse(FactAssembler.summary("Jason and Jai discussed Apollo.", isAbout: "Jason Vallery"))
        XCTAssertFalse(FactAssembler.summary("Jason (VAST) reconnected with Sam.", isAbout: "Jason Vallery"))
        XCTAssertFalse(FactAssembler.summary("Jai outlined the cache evaluation.", isAbout: "Jason Vallery"))
    }
}
