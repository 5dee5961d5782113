import XCTest
@testable import MeetingFacts

/// The registry of one run's people: what it makes of names it cannot place.
final class PeopleRegistryTests: XCTestCase {
    /// A name left ambiguous (it could be two known people) is kept under index -1; a later note
    /// that lists it among its attendees crashed the registry (`people[-1]`) on the 4 MB
    /// concatenation of transcripts-md, and every run of `make soak` (seed 3) from run 166 on.
    /// Such an attendee is no one to match.
    func testAnAttendeeLeftAmbiguousIsNoCandidateAndNoCrash() {
        let known = [KnownPerson(name: "John Smith"), KnownPerson(name: "Jonathan Smith")]
        let sightings = [
            NameSighting(name: "Jon Smith", strength: .attendee, attendees: []),
            NameSighting(name: "Mary Jones", strength: .context, attendees: ["Jon Smith"]),
        ]
        let registry = PeopleRegistry(known: known, owner: [], sightings: sightings, rules: .shipped)
        XCTAssertEqual(registry.ambiguous, [NearMiss(name: "Jon Smith", suspectedMatch: "John Smith or Jonathan Smith")])
        XCTAssertEqual(registry.created, ["Mary Jones"])
        XCTAssertTrue(registry.isRuledOut("Jon Smith"))
        XCTAssertEqual(registry.person(named: "Mary Jones")?.name, "Mary Jones")
    }
}
