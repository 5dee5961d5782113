import XCTest
@testable import MeetingFacts

/// What the shipped word lists make of speaker labels and attendee entries.
final class PersonLexiconsTests: XCTestCase {
    private let lexicons = PersonLexicons(rules: .shipped)

    func testSpeakerPlaceholdersAndDevices() {
        for label in ["Remote", "Speaker 1", "Speaker 12", "Speaker1", "Participant B", "Unknown", "Me",
                      "Moderator", "Conference Room", "Jabra Speak 710", "Parallels Desktop"] {
            XCTAssertTrue(lexicons.isPlaceholder(label), label)
        }
        for name in ["Remy Castel", "Speakman Osei", "Priya Raman", "Guesthouse"] {
            XCTAssertFalse(lexicons.isPlaceholder(name), name)
        }
    }

    func testTopicsCompaniesAndFunctionWordsAreNeverPeople() {
        for surface in ["Pricing", "Platform Learning", "Microsoft", "VAST", "Microsoft Compute", "BlobFuse Engineering", "Friday", "Having"] {
            XCTAssertTrue(lexicons.isNeverAPerson(surface), surface)
        }
        for surface in ["Michael Dell", "Priya Raman", "Jan", "Will"] {
            XCTAssertFalse(lexicons.isNeverAPerson(surface), surface)
        }
    }

    func testFirstNameVariantsAndCompanyNames() {
        XCTAssertEqual(lexicons.firstNameKeys("Rob"), ["robert", "rob", "bob", "bobby", "robbie"])
        XCTAssertEqual(lexicons.firstNameKeys("Zelda"), ["zelda"])
        XCTAssertEqual(lexicons.companyName("MSFT"), "Microsoft")
        XCTAssertEqual(lexicons.companyName("VAST"), "VAST Data")
        XCTAssertNil(lexicons.companyName("vast"))
    }
}
