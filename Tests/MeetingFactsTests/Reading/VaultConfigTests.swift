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

    func testUnknownKeyAndBadValuesAreReportedAtTheirLine() {
        XCTAssertThrowsError(try VaultConfig(yaml: "owner: A B\nmeeting: x\n", path: "c.yml")) {
            XCTAssertEqual(($0 as? Diagnostic)?.description, "c.yml:2: error: bad vault config: unknown key 'meeting'")
        }
        XCTAssertThrowsError(try VaultConfig(yaml: "people: People/name.md\n", path: "c.yml")) {
            XCTAssertEqual(($0 as? Diagnostic)?.location.line, 1)
        }
        XCTAssertThrowsError(try VaultConfig(yaml: "owner: A\ndate_order: european\n", path: "c.yml")) {
            XCTAssertEqual(($0 as? Diagnostic)?.location.line, 2)
        }
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
