import XCTest
@testable import MeetingFacts

/// One note through extraction, people and facts, each stage once.
final class NoteAnalyzerTests: XCTestCase {
    private let text = """
    ---
    date: 2025-10-31
    attendees: ["[[Rhea Kapoor]]", "[[Tomás Ruiz]]"]
    ---

    # Dallas sync

    ## Key facts

    - Tomás expects 12 PB in Dallas by Jan.
    - Rhea will loop in Priya Raman from Microsoft next week.
    """

    func testAFirstNameResolvesToTheAttendeeAndTheFactIsAboutThem() throws {
        let rules = RuleSet.shipped
        let note = try NoteParser(rules: rules).parse(text: text, path: "2025-10-31 - Dallas sync.md")
        let analysis = NoteAnalyzer(rules: rules, owner: "Dana Whitcombe").analyze(note, date: try XCTUnwrap(note.date))
        XCTAssertEqual(analysis.people.attendees, ["Dana Whitcombe", "Rhea Kapoor", "Tomás Ruiz"])
        XCTAssertEqual(analysis.people.referenced, ["Priya Raman"])
        XCTAssertEqual(analysis.facts.map(\.text), ["Tomás expects 12 PB in Dallas by Jan.",
                                                    "Rhea will loop in Priya Raman from Microsoft next week."])
        XCTAssertEqual(analysis.facts.map(\.about), [["Tomás Ruiz"], ["Rhea Kapoor", "Priya Raman"]])
        XCTAssertEqual(analysis.people.affiliations["Priya Raman"], Affiliation(company: "Microsoft"))
        let quantity = try XCTUnwrap(analysis.mentions.first { $0.kind == .quantity })
        XCTAssertEqual(quantity.value, 12e15)
    }

    func testExtractionAloneKnowsNoPeople() throws {
        let rules = RuleSet.shipped
        let note = try NoteParser(rules: rules).parse(text: text, path: "2025-10-31 - Dallas sync.md")
        let extraction = NoteAnalyzer(rules: rules).extract(note, date: try XCTUnwrap(note.date))
        // The body's "Tomás" and "Rhea" are capitalised runs that only the people stage can resolve;
        // the frontmatter's wikilinks and "Priya Raman from Microsoft" are names by their context.
        XCTAssertEqual(extraction.result.mentions.filter { $0.kind == .person }.map(\.text), ["Rhea Kapoor", "Tomás Ruiz", "Priya Raman"])
        XCTAssertEqual(extraction.result.nameCandidates.map(\.mention.text).filter { ["Tomás", "Rhea"].contains($0) }, ["Tomás", "Rhea"])
        let sightings = PeopleResolver(rules: rules).sightings(extraction.peopleInput(owner: nil))
        // Priya Raman twice: by her context ("from Microsoft") and as a capitalised run with a given name.
        XCTAssertEqual(sightings.map(\.name), ["Rhea Kapoor", "Tomás Ruiz", "Priya Raman", "Priya Raman"])
        XCTAssertEqual(sightings.map(\.strength), [.attendee, .attendee, .context, .capitalised])
    }
}
