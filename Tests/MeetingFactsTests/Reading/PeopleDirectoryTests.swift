import XCTest
@testable import MeetingFacts

final class PeopleDirectoryTests: XCTestCase {
    private func note(_ path: String, _ text: String, nameFromPath: String? = nil) throws -> PersonNote {
        let frontmatter = try Frontmatter.read(lines: NoteParser.lines(of: text), path: path)
        return PersonNote(path: path, nameFromPath: nameFromPath, frontmatter: frontmatter, text: text)
    }

    func testNameAliasesEmailAndCompanyFromFrontmatter() throws {
        let directory = PeopleDirectory(personNotes: [try note("People/Rui Costa.md", """
        ---
        type: people
        title: Rui Costa
        aliases: [Rui, "R. Costa"]
        email: rui.costa@example.org
        company: "[[Northwind Labs]]"
        ---
        # Rui Costa
        """)])
        XCTAssertEqual(directory.people, [KnownPerson(name: "Rui Costa", aliases: ["Rui", "R. Costa"], email: "rui.costa@example.org",
                                                      company: "Northwind Labs", notePath: "People/Rui Costa.md")])
        XCTAssertEqual(directory.person(named: "r. costa")?.name, "Rui Costa")
    }

    func testContactTableFillsWhatTheFrontmatterLacksAndUnknownIsNone() throws {
        let directory = PeopleDirectory(personNotes: [try note("VAST/People/Mei Tanaka/README.md", """
        ---
        type: people
        ---
        # Mei Tanaka

        | Field | Value |
        |-------|-------|
        | **Company** | Lantern Works |
        | **Email** | _Unknown_ |
        """, nameFromPath: "Mei Tanaka")])
        XCTAssertEqual(directory.people.first?.name, "Mei Tanaka")
        XCTAssertEqual(directory.people.first?.company, "Lantern Works")
        XCTAssertNil(directory.people.first?.email)
    }

    func testNameFromTheHeadingThenTheFileName() throws {
        let fromHeading = PeopleDirectory(personNotes: [try note("People/x.md", "# Amir Haddad\n")])
        XCTAssertEqual(fromHeading.people.map(\.name), ["Amir Haddad"])
        let fromFile = PeopleDirectory(personNotes: [try note("People/Lena Fischer.md", "No heading.\n")])
        XCTAssertEqual(fromFile.people.map(\.name), ["Lena Fischer"])
    }
}
