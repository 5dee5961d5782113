import XCTest
@testable import MeetingFacts

final class VaultConfigTests: XCTestCase {
    func testEveryKeyIsRead() throws {
        let config = try VaultConfig(yaml: """
        owner: Marta Okafor
        meetings: ["Meetings/**", Calls]
        people: VAST/People/{name}/README.md
        template: Templates/Person.md
        rules: my-rules
        date_order: day-first
        """, path: ".meetingfacts.yml")
        XCTAssertEqual(config.owner, "Marta Okafor")
        XCTAssertEqual(config.meetings.map(\.pattern), ["Meetings/**", "Calls"])
        XCTAssertEqual(config.template, "Templates/Person.md")
        XCTAssertEqual(config.rules, "my-rules")
        XCTAssertEqual(config.dateOrder, .dayFirst)
        XCTAssertEqual(config.personName(forPath: "VAST/People/Rui Costa/README.md"), "Rui Costa")
        XCTAssertNil(config.personName(forPath: "VAST/People/Rui Costa/Notes/README.md"))
        XCTAssertEqual(config.personNotePath(for: "Rui Costa"), "VAST/People/Rui Costa/README.md")
    }

    func testDefaultsWhenTheFileIsEmpty() throws {
        let config = try VaultConfig(yaml: "", path: ".meetingfacts.yml")
        XCTAssertEqual(config.people, "People/{name}.md")
        XCTAssertEqual(config.personName(forPath: "People/Lena Fischer.md"), "Lena Fischer")
        XCTAssertNil(config.personName(forPath: "Meetings/Lena Fischer.md"))
        XCTAssertEqual(config.dateOrder, .us)
        XCTAssertNil(config.owner)
    }

    /// The message a config error prints, or nil when the text is a valid config.
    private func error(_ yaml: String) -> String? {
        do {
            _ = try VaultConfig(yaml: yaml, path: "c.yml")
            return nil
        } catch {
            return error.description
        }
    }

    func testUnknownKeyAndBadValuesAreReportedAtTheirLine() {
        XCTAssertEqual(error("owner: A B\nmeeting: x\n"),
                       "c.yml:2: error: bad vault config: unknown key 'meeting'; did you mean 'meetings'? the keys are owner, meetings, people, template, rules, date_order, not_people")
        XCTAssertEqual(error("# vault\npeople: People/name.md\n"),
                       "c.yml:2: error: bad vault config: people must be a path with {name}, as in `people: People/{name}.md`; found 'People/name.md'")
        XCTAssertEqual(error("owner: A\ndate_order: european\n"),
                       "c.yml:2: error: bad vault config: date_order must be us or day-first, as in `date_order: day-first`; found 'european'")
    }

    func testAValueOfTheWrongTypeNamesTheFormExpected() {
        XCTAssertEqual(error("owner:\n  name: Jason Vallery\n"),
                       "c.yml:2: error: bad vault config: owner must be the owner's full name, or a list of it and other spellings, as in `owner: [Jason Vallery, Jason Valeri]`; found a mapping")
        XCTAssertEqual(error("owner: Jason Vallery\nmeetings: {folder: Meetings}\n"),
                       "c.yml:2: error: bad vault config: meetings must be a folder glob or a list of them, as in `meetings: [\"Meetings/**\", Calls]`; found a mapping")
        XCTAssertEqual(error("people:\n  - People/{name}.md\n"),
                       "c.yml:2: error: bad vault config: people must be a path with {name}, as in `people: People/{name}.md`; found a list")
        XCTAssertEqual(error("template: [a.md, b.md]\n"),
                       "c.yml:1: error: bad vault config: template must be a vault-relative path, as in `template: Templates/Person.md`; found a list")
        XCTAssertEqual(error("owner: [[Jason Vallery]]\n"),
                       "c.yml:1: error: bad vault config: owner must be the owner's full name, or a list of it and other spellings, as in `owner: [Jason Vallery, Jason Valeri]`; found a list")
        XCTAssertEqual(error("owner: []\n"),
                       "c.yml:1: error: bad vault config: owner must be the owner's full name, or a list of it and other spellings, as in `owner: [Jason Vallery, Jason Valeri]`; found an empty list")
        XCTAssertEqual(error("- owner: A\n"),
                       "c.yml:1: error: bad vault config: expected a mapping of keys (owner, meetings, people, template, rules, date_order, not_people), as in `owner: Jason Vallery`")
    }

    func testOwnerMayBeAListOfTheNameAndOtherSpellings() throws {
        let config = try VaultConfig(yaml: "owner:\n  - Jason Vallery\n  - Jason Valeri\n  - Jay Vallery\n", path: "c.yml")
        XCTAssertEqual(config.owner, "Jason Vallery")
        XCTAssertEqual(config.ownerAliases, ["Jason Valeri", "Jay Vallery"])
        let single = try VaultConfig(yaml: "owner: Jason Vallery\nmeetings: Meetings\n", path: "c.yml")
        XCTAssertEqual(single.owner, "Jason Vallery")
        XCTAssertEqual(single.ownerAliases, [])
        XCTAssertEqual(single.meetings.map(\.pattern), ["Meetings"])
        XCTAssertNil(try VaultConfig(yaml: "owner:\n", path: "c.yml").owner)
    }

    func testMeetingFolderGlobs() {
        let config = VaultConfig(meetings: ["Meetings", "Work/*/Calls", "Archive/**/2025-*"])
        XCTAssertTrue(config.isMeetingPath("Meetings/2025-03-04 - Sync.md"))
        XCTAssertTrue(config.isMeetingPath("Meetings/Old/Sync.md"))
        XCTAssertTrue(config.isMeetingPath("Work/Harbor/Calls/Sync.md"))
        XCTAssertFalse(config.isMeetingPath("Work/Harbor/Docs/Sync.md"))
        XCTAssertTrue(config.isMeetingPath("Archive/a/b/2025-03-04 - X.md"))
        XCTAssertFalse(config.isMeetingPath("Archive/a/2024-03-04 - X.md"))
        XCTAssertFalse(config.isMeetingPath("MeetingsExtra/X.md"))
    }
}
