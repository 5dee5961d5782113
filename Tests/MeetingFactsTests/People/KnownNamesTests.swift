import XCTest
@testable import MeetingFacts

final class KnownNamesTests: XCTestCase {
    private func names(_ people: [KnownPerson], excluded: [String] = []) -> KnownNames {
        KnownNames(PeopleDirectory(people: people), excluded: excluded)
    }

    private func noNicknames(_ word: String) -> Set<String> { [word] }

    func testAnAliasAddedChangesTheWordsOfEveryNameOfThatPersonOnly() {
        let before = names([KnownPerson(name: "Robert Klein", notePath: "People/Robert Klein.md"),
                            KnownPerson(name: "Jai Menon", notePath: "People/Jai Menon.md")])
        let after = names([KnownPerson(name: "Robert Klein", aliases: ["Bobby K"], notePath: "People/Robert Klein.md"),
                           KnownPerson(name: "Jai Menon", notePath: "People/Jai Menon.md")])
        XCTAssertEqual(after.changedWords(since: before, firstNameKeys: noNicknames), ["robert", "klein", "bobby"])
    }

    func testARuledOutNameIsAChangeAndANoteRenamedUnderItsNameIsNone() {
        let before = names([KnownPerson(name: "Asaf Levy", notePath: "People/Asaf Levy.md")])
        let renamed = names([KnownPerson(name: "Asaf Levy", notePath: "People/Asaf Levy (renamed).md")])
        XCTAssertEqual(renamed.changedWords(since: before, firstNameKeys: noNicknames), [])
        let ruledOut = names([KnownPerson(name: "Asaf Levy", notePath: "People/Asaf Levy.md")], excluded: ["Soak Meeting"])
        XCTAssertEqual(ruledOut.changedWords(since: before, firstNameKeys: noNicknames), ["soak", "meeting"])
        XCTAssertEqual(before.changedWords(since: before, firstNameKeys: noNicknames), [])
    }

    func testTheFirstNamesNicknamesCountAsItsWords() {
        let before = names([])
        let after = names([KnownPerson(name: "Robert Klein")])
        let nicknames = { (word: String) -> Set<String> in word == "robert" ? ["robert", "bob", "rob"] : [word] }
        XCTAssertEqual(after.changedWords(since: before, firstNameKeys: nicknames), ["robert", "bob", "rob", "klein"])
    }

    func testTheStateFormReadsBackAsTheSameNames() {
        let known = names([KnownPerson(name: "Robert Klein", aliases: ["Rob K", "Bobby K"], notePath: "People/Robert Klein.md")],
                          excluded: ["Soak Meeting"])
        XCTAssertEqual(known.entries, ["!soak meeting", "Robert Klein|Bobby K|Rob K"])
        XCTAssertEqual(KnownNames(encoded: known.encoded), known)
        XCTAssertEqual(KnownNames(encoded: "").entries, [])
    }
}
