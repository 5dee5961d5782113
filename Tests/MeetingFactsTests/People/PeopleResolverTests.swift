import XCTest
@testable import MeetingFacts

/// The attendee / referenced split of one note, near misses and affiliations.
final class PeopleResolverTests: XCTestCase {
    private let owner = "Dana Whitcombe"

    private func resolve(_ text: String, declared: [String] = [], speakers: [String] = [],
                         known: [KnownPerson] = []) -> PeopleResolution {
        PeopleTesting.resolve(text, declared: declared, speakers: speakers, known: known, owner: owner)
    }

    func testMentionedPersonIsNotAnAttendee() {
        let known = [KnownPerson(name: "Odile Brandt"), KnownPerson(name: "Priya Raman")]
        let result = resolve("Priya will ask Teodor Vance to resend the quote. Say hi to Odile for me. Dana said fine.",
                             declared: ["[[Priya Raman]]"], speakers: ["Priya Raman", "Remote"], known: known)
        XCTAssertEqual(result.attendees, ["Dana Whitcombe", "Priya Raman"])
        XCTAssertEqual(result.referenced, ["Teodor Vance", "Odile Brandt"])
    }

    func testSpeakerPlaceholderIsNotAPerson() {
        let result = resolve("Speaker 1 said the hall is full.",
                             speakers: ["Speaker 1", "Remote", "Speaker 2", "Unknown", "Me", "Conference Room", "Participant B", "Priya Raman"])
        XCTAssertEqual(result.attendees, ["Dana Whitcombe", "Priya Raman"])
        XCTAssertEqual(result.referenced, [])
    }

    func testAMisspeltKnownNameIsThatPersonAndAFarOneIsReported() {
        let known = [KnownPerson(name: "Ilse Kattner"), KnownPerson(name: "Tobin Mill")]
        let result = resolve("Ilse Katner said the cage is ready; Tobin Mao confirmed.", known: known)
        // "Katner" is one letter from "Kattner"; "Mao" is no spelling of "Mill", only near enough to ask.
        XCTAssertEqual(result.referenced, ["Ilse Kattner", "Tobin Mao"])
        XCTAssertEqual(result.nearMisses, [NearMiss(name: "Tobin Mao", suspectedMatch: "Tobin Mill")])
    }

    func testAliasSettlesANearMiss() {
        let known = [KnownPerson(name: "Ilse Kattner", aliases: ["Ilse Katner"])]
        let result = resolve("Ilse Katner said the cage is ready.", known: known)
        XCTAssertEqual(result.referenced, ["Ilse Kattner"])
        XCTAssertEqual(result.nearMisses, [])
    }

    func testDistantNamesAreNotNearMisses() {
        let known = [KnownPerson(name: "Ilse Kattner")]
        let result = resolve("Ilse Brennan said the cage is ready; Rolf Kattner agreed.", known: known)
        XCTAssertEqual(result.referenced, ["Ilse Brennan", "Rolf Kattner"])
        XCTAssertEqual(result.nearMisses, [])
    }

    func testAVariantOfTheOwnerIsTheOwner() {
        let result = resolve("", declared: ["Dana Whitcomb", "Priya Raman"])
        XCTAssertEqual(result.attendees, ["Dana Whitcombe", "Priya Raman"])
        XCTAssertEqual(result.nearMisses, [])
    }

    func testDeclaredAttendeesAreCleaned() {
        let known = [KnownPerson(name: "Odile Brandt", email: "odile@brandt.example")]
        let result = resolve("", declared: ["[[Priya Raman|Priya]]", "entity/Teodor Vance", "odile@brandt.example",
                                            "stranger@elsewhere.example", "[[Pricing]]", "[[Microsoft]]", "Dana"],
                             known: known)
        XCTAssertEqual(result.attendees, ["Dana Whitcombe", "Priya Raman", "Teodor Vance", "Odile Brandt"])
    }

    func testFirstNameOfAnAttendeeIsTheAttendee() {
        let result = resolve("Priya owns the pilot; Priya Raman will report.", declared: ["Priya Raman"])
        XCTAssertEqual(result.referenced, [])
    }

    func testFirstNameJoinsTheFullNameNamedInTheSameNote() {
        let result = resolve("Teodor Vance said the quote is late. Later Teodor said it is firm.")
        XCTAssertEqual(result.referenced, ["Teodor Vance"])
    }

    func testAffiliationsByFullName() {
        let result = resolve("Priya Raman (Microsoft Apollo) joined. Dana, now at VAST, presented. Teodor Vance moved from Google Cloud to CoreWeave.",
                             declared: ["Priya Raman"])
        XCTAssertEqual(result.affiliations["Priya Raman"], Affiliation(company: "Microsoft", team: "Apollo"))
        XCTAssertEqual(result.affiliations["Dana Whitcombe"], Affiliation(company: "VAST Data"))
        XCTAssertEqual(result.affiliations["Teodor Vance"], Affiliation(company: "CoreWeave"))
    }
}
