import XCTest
@testable import MeetingFacts

final class SafeFileNameTests: XCTestCase {
    let safe = SafeFileName(settings: PersonNoteSettings(ruleSet: .shipped))

    func testTraversalBecomesAPlainName() {
        XCTAssertEqual(safe.name(for: "../../etc/passwd"), "etc-passwd")
        XCTAssertEqual(safe.name(for: ".."), "Unnamed")
        XCTAssertEqual(safe.name(for: "a..b"), "a.b")
    }

    func testWindowsDeviceNamesGetASuffix() {
        XCTAssertEqual(safe.name(for: "CON"), "CON_")
        XCTAssertEqual(safe.name(for: "lpt1"), "lpt1_")
        XCTAssertEqual(safe.name(for: "Connor Byrne"), "Connor Byrne")
    }

    func testForbiddenCharactersAreReplaced() {
        XCTAssertEqual(safe.name(for: "Ines Duarte: Platform Lead"), "Ines Duarte- Platform Lead")
        XCTAssertEqual(safe.name(for: "Ops/Infra Team"), "Ops-Infra Team")
        XCTAssertEqual(safe.name(for: "R&D \"Bea\" [lab] #2 ^x | y? <z>*"), "R&D -Bea- -lab- -2 -x - y- -z-")
        XCTAssertEqual(safe.name(for: "  Zoë  Kett\t"), "Zoë Kett")
    }

    func testLongNamesAreBounded() {
        let name = safe.name(for: String(repeating: "Abcdefghij ", count: 30))
        XCTAssertLessThanOrEqual(name.count, 120)
        XCTAssertFalse(name.hasSuffix(" "))
    }

    func testPeoplePathKeepsEveryNameInsideThePeopleFolder() throws {
        let flat = try PeoplePath(pattern: "People/{name}.md")
        XCTAssertEqual(flat.path(for: "Priya Raman"), "People/Priya Raman.md")
        XCTAssertEqual(flat.folder, "People")
        let nested = try PeoplePath(pattern: "VAST/People/{name}/README.md")
        XCTAssertEqual(nested.path(for: "Priya Raman"), "VAST/People/Priya Raman/README.md")
        XCTAssertEqual(nested.path(for: "../../etc/passwd"), "VAST/People/etc-passwd/README.md")
        XCTAssertEqual(nested.folder, "VAST/People")
        for hostile in ["../x", "/abs", "a/../../b", "..", "C:\\x", "x/./y", "."] {
            let path = nested.path(for: hostile)
            XCTAssertTrue(path.hasPrefix("VAST/People/"), path)
            XCTAssertFalse(path.split(separator: "/").contains { $0 == ".." || $0 == "." }, path)
            XCTAssertEqual(path.split(separator: "/").count, 4, path)
        }
    }

    func testPeoplePathPatternsThatLeaveTheVaultAreRefused() {
        XCTAssertThrowsError(try PeoplePath(pattern: "../People/{name}.md"))
        XCTAssertThrowsError(try PeoplePath(pattern: "/People/{name}.md"))
        XCTAssertThrowsError(try PeoplePath(pattern: "People/person.md"))
    }
}
