import XCTest
@testable import MeetingFacts

/// Person, company and site mentions as `extract --json` reports them, with the shipped rules.
final class EntityInterpreterTests: XCTestCase {
    /// The note's mentions once the people stage has resolved them against `attendees` and `known`.
    private func mentions(_ text: String, kind: MentionKind, attendees: [String] = [], known: [KnownPerson] = []) -> [Mention] {
        PeopleTesting.resolve(text, declared: attendees, known: known).mentions.filter { $0.kind == kind }
    }

    private func people(_ text: String, attendees: [String] = [], known: [KnownPerson] = []) -> [String] {
        mentions(text, kind: .person, attendees: attendees, known: known).map { "\($0.text)=\($0.name ?? "")" }
    }

    func testAnnIsNotMatchedInsideAnnual() {
        let known = [KnownPerson(name: "Ann Whitlow")]
        let text = "The annual review slipped.\nAnnual targets stay; Ann will present them. Reannounce later."
        XCTAssertEqual(people(text, known: known), ["Ann=Ann Whitlow"])
        let ann = mentions(text, kind: .person, known: known)[0]
        XCTAssertEqual(ann.line, 2)
        XCTAssertEqual(ann.span, [48, 51])
    }

    func testWillTheVerbIsNotAPerson() {
        let attendees = ["Will Ostrander"]
        XCTAssertEqual(people("Will we ship on time? We will see.", attendees: attendees), [])
        XCTAssertEqual(people("We should ask Will to resend the quote.", attendees: attendees), ["Will=Will Ostrander"])
        XCTAssertEqual(people("Will Ostrander owns the follow-up.", attendees: attendees), ["Will Ostrander=Will Ostrander"])
    }

    func testMonthsJanAndMayAreNotPeople() {
        let attendees = ["May Ferreira", "Jan Kowalczyk"]
        XCTAssertEqual(people("The racks land in May and the audit is in Jan.", attendees: attendees), [])
        XCTAssertEqual(people("May Ferreira joined late; Jan said the quote is firm.", attendees: attendees),
                       ["May Ferreira=May Ferreira", "Jan=Jan Kowalczyk"])
    }

    func testSpeakerPlaceholderIsNotAPerson() {
        let text = "Speaker 1 said the hall is full. Remote said the order slipped. Speaker 2 asked Moderator to pause."
        XCTAssertEqual(people(text, known: [KnownPerson(name: "Remy Castel")]), [])
    }

    func testFirstNameResolvesOnlyWhenUnambiguous() {
        let known = [KnownPerson(name: "Odile Brandt"), KnownPerson(name: "Teodor Vance"), KnownPerson(name: "Teodor Lusk")]
        XCTAssertEqual(people("Odile will send the sizing.", known: known), ["Odile=Odile Brandt"])
        // Two known Teodors and none attending: the first name stays as written, and only in a name context.
        XCTAssertEqual(people("Teodor will send the sizing.", known: known), [])
        XCTAssertEqual(people("Teodor said the sizing is late.", known: known), ["Teodor=Teodor"])
        // An attendee wins over the directory.
        XCTAssertEqual(people("Teodor said the sizing is late.", attendees: ["Teodor Lusk"], known: known), ["Teodor=Teodor Lusk"])
    }

    func testNicknameAndAliasResolveToTheFullName() {
        let known = [KnownPerson(name: "Robert Klein"), KnownPerson(name: "Xiaoling Fu", aliases: ["Lynn Fu"])]
        XCTAssertEqual(people("Bob asked about the lease, and Lynn Fu replied.", known: known),
                       ["Bob=Robert Klein", "Lynn Fu=Xiaoling Fu"])
    }

    func testASiblingShortFormIsNotTheKnownPerson() {
        // "Bob" and "Rob" are both short for Robert: nobody here met Rob Benoit, so "Bob" is not he.
        XCTAssertEqual(people("Bob said the lease is late.", known: [KnownPerson(name: "Rob Benoit")]), ["Bob=Bob"])
        // A person whose first name it is comes before one it is a short form of.
        let known = [KnownPerson(name: "Jack Kabat"), KnownPerson(name: "John Downey")]
        XCTAssertEqual(people("Jack said the lease is late.", known: known), ["Jack=Jack Kabat"])
    }

    func testWikilinksAndHandlesArePeople() {
        let known = [KnownPerson(name: "Odile Brandt")]
        XCTAssertEqual(people("Met [[Priya Raman]] and [[Odile Brandt|Odile]]; see [[Pricing]]. @OdileBrandt to confirm.", known: known),
                       ["Priya Raman=Priya Raman", "Odile Brandt=Odile Brandt", "OdileBrandt=Odile Brandt"])
    }

    func testAffiliationGivesCompanyTeamAndRole() {
        let found = mentions("Priya Raman (Microsoft Apollo) met Teodor Vance, CTO at Weka.", kind: .person)
        XCTAssertEqual(found.map(\.name), ["Priya Raman", "Teodor Vance"])
        XCTAssertEqual(found.map(\.company), ["Microsoft", "WEKA"])
        XCTAssertEqual(found.map(\.team), ["Apollo", nil])
        XCTAssertEqual(found.map(\.role), [nil, "CTO"])
    }

    func testCompaniesAreCanonical() {
        let found = mentions("MSFT and VAST met Kestrel Systems GmbH", kind: .company)
        XCTAssertEqual(found.map(\.text), ["MSFT", "VAST", "Kestrel Systems GmbH"])
        XCTAssertEqual(found.map(\.name), ["Microsoft", "VAST Data", "Kestrel Systems"])
    }

    func testSitesFromGazetteerAndFacilityWords() {
        let found = mentions("The Norwick site waits while the Phoenix cluster fills and DFW ships.", kind: .site)
        XCTAssertEqual(found.map(\.text), ["Norwick", "Phoenix", "DFW"])
        XCTAssertEqual(found.map(\.name), ["Norwick", "Phoenix", "Dallas"])
    }
}
