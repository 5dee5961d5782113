import Foundation
import XCTest
@testable import MeetingFacts

/// `meetingfacts run` over vault-sample, its `People/` compared with the gold list of the vault's
/// real people read from the notes by hand (`corpus/people/vault-sample-people.json`): one note per
/// person, none for the owner, none for a non-person, one for everyone named with a full name.
final class VaultSamplePeopleGoldTests: XCTestCase {
    private struct Gold: Decodable {
        struct Person: Decodable {
            var name: String
            var spellings: [String]
            var full_name_seen: Bool
            var public_figure: Bool?
            var incidental: Bool?
        }
        var owner: String
        var owner_spellings: [String]
        var people: [Person]
        var not_people: [String]
        var uncertain: [String]
    }

    func testPeopleNotesMatchTheGoldList() throws {
        let source = RepositoryPaths.vaultSampleRoot
        guard FileManager.default.fileExists(atPath: source) else { throw XCTSkip("\(source) is absent") }
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: URL(fileURLWithPath: RepositoryPaths.corpus + "/people/vault-sample-people.json")))
        let vault = RepositoryPaths.copy(source)
        _ = try VaultRun(options: RunOptions(vault: vault.path, today: CalendarDate(year: 2025, month: 11, day: 15))).execute()
        let notes = vault.allFiles().filter { $0.hasPrefix("People/") }.map { String($0.dropFirst(7).dropLast(3)) }.sorted()

        var personOf: [String: Int] = [:]
        for (index, person) in gold.people.enumerated() {
            for spelling in [person.name] + person.spellings where personOf[PersonNameKey.of(spelling)] == nil {
                personOf[PersonNameKey.of(spelling)] = index
            }
        }
        let owner = Set(([gold.owner] + gold.owner_spellings).map { PersonNameKey.of($0) })
        let uncertain = Set(gold.uncertain.map { PersonNameKey.of($0) })
        var noteOf: [Int: String] = [:]
        var duplicates: [String] = [], ownerNotes: [String] = [], nonPeople: [String] = []
        for note in notes {
            let key = PersonNameKey.of(note)
            if owner.contains(key) {
                ownerNotes.append(note)
            } else if let index = personOf[key] {
                if let first = noteOf[index] { duplicates.append("\(note) = \(first)") } else { noteOf[index] = note }
            } else if !uncertain.contains(key) {
                nonPeople.append(note)
            }
        }
        let wanted = gold.people.indices.filter {
            gold.people[$0].full_name_seen && gold.people[$0].public_figure != true && gold.people[$0].incidental != true
        }
        let missed = wanted.filter { noteOf[$0] == nil }.map { gold.people[$0].name }

        XCTAssertEqual(ownerNotes, [], "the owner, under any spelling, gets no note")
        XCTAssertEqual(nonPeople, [], "a note for something that is not a person")
        // "Yael Treitel" and "Morticia Blaousey", garbled in both names, are aliases of their person.
        XCTAssertEqual(duplicates, [])
        // Left: people named once in a transcript only, or with a given name our lexicon lacks ("Roit")
        // or that is also a word ("Frank").
        XCTAssertEqual(missed, ["Roit Suhr", "Frank Ray", "Brian Moore", "Brendan Burns", "Jeremy Winter", "John Lee",
                                "Mike Requa", "Ryan Erdman", "Arun Krishna"])
        XCTAssertEqual(noteOf.count, 66)
    }
}
