import XCTest
@testable import MeetingFacts

/// One failure class of the people stage each, on notes of our own writing (issue #15).
final class WhoIsWhoTests: XCTestCase {
    private func note(_ text: String, path: String = "2025-10-31 - Sync.md") throws -> MeetingNote {
        try NoteParser(rules: .shipped).parse(text: text, path: path)
    }

    private func analyze(_ text: String, known: [KnownPerson] = [], owner: String? = "Dana Whitcombe") throws -> NoteAnalysis {
        let note = try note(text)
        return NoteAnalyzer(rules: .shipped, knownPeople: known, owner: owner).analyze(note, date: try XCTUnwrap(note.date))
    }

    /// A sync note of Rhea Kapoor's: her as the one attendee, then `body`.
    private func rheasSync(_ body: String) -> String {
        "---\ndate: 2025-10-31\nattendees: [\"[[Rhea Kapoor]]\"]\n---\n# Sync\n\n" + body
    }

    func testSpeechRecognitionSpellingsOfOnePersonAcrossNotesAreOnePerson() {
        let sightings = [
            NameSighting(name: "Tomer Hagay", strength: .attendee, attendees: ["Tomer Hagay"]),
            NameSighting(name: "Tomer Hagey", strength: .context, attendees: ["Rhea Kapoor"]),
            NameSighting(name: "Tomer Hagey", strength: .context, attendees: ["Rhea Kapoor"], context: 1),
            NameSighting(name: "Jason Valeri", strength: .attendee, attendees: ["Jason Valeri"]),
        ]
        let registry = PeopleRegistry(known: [], owner: ["Jason Vallery"], sightings: sightings, rules: .shipped)
        XCTAssertEqual(registry.created, ["Tomer Hagay"], "the attendee's spelling names the note; the owner gets none")
        XCTAssertEqual(registry.person(named: "Tomer Hagey")?.name, "Tomer Hagay")
        XCTAssertEqual(registry.person(named: "Tomer Hagay")?.aliases, ["Tomer Hagey"])
        XCTAssertTrue(registry.isOwner("Jason Valeri"))
        XCTAssertEqual(registry.merges.map(\.reason), ["surname spelled close", "surname spelled close"])
    }

    func testAParticipantsStringIsSeveralAttendees() throws {
        let analysis = try analyze("""
        ---
        date: 2025-10-31
        participants: "Priya Raman, Tom Berg and Ana Sousa; Dr. Lena Fischer"
        ---
        # Sync
        """)
        XCTAssertEqual(analysis.people.attendees, ["Dana Whitcombe", "Priya Raman", "Tom Berg", "Ana Sousa", "Lena Fischer"])
    }

    func testAGluedSpeakerLabelGivesTheNameAlone() throws {
        let analysis = try analyze(rheasSync("""
        ## Transcript

        [00:01:02.03]  Rhea KapoorSo we need the racks by Friday.
        [00:01:09.11]  Omar HaddadSo- the racks ship Monday.
        """))
        XCTAssertEqual(analysis.people.attendees, ["Dana Whitcombe", "Rhea Kapoor", "Omar Haddad"])
    }

    func testProductsTeamsHeadingsAndTitlesAreNoPeople() throws {
        let analysis = try analyze("""
        ---
        date: 2025-10-31
        attendees: ["[[Rhea Kapoor]]"]
        entities:
          projects:
          - '[[Falcon Rollout]]'
        ---
        # Sync

        ### Maria's Budget Review

        - [ ] Size the pilot @Data Platform team
        - Azure Ultra Disk tops out at 10 GB/s per volume.
        - Director Blake signed the quote.
        """)
        XCTAssertEqual(analysis.people.attendees, ["Dana Whitcombe", "Rhea Kapoor"])
        XCTAssertEqual(analysis.people.referenced.filter { $0.contains(" ") }, [])
    }

    func testAGivenNameWithAnotherSurnameIsNotTheKnownPerson() throws {
        let analysis = try analyze(rheasSync("""
        - Dana Ortiz from Contoso owns the rollout; Dana White will review it.
        """), known: [KnownPerson(name: "Dana White")])
        XCTAssertEqual(analysis.people.referenced, ["Dana Ortiz", "Dana White"])
    }

    func testPeopleMerelyNamedAreFoundWhereverTheyAreNamed() throws {
        let analysis = try analyze(rheasSync("""
        ## Summary

        Owners: Priya Nair (primary), Tom Berg (UK).

        | Site | Lead |
        |------|------|
        | Dallas | Ana Sousa |

        ## Action items

        - [ ] Ask Kushal (Kushal Datta) for the quote
        """))
        XCTAssertEqual(Set(analysis.people.referenced), ["Priya Nair", "Tom Berg", "Ana Sousa", "Kushal Datta"])
    }
}
