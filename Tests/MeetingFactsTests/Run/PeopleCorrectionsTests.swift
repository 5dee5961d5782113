import Foundation
import XCTest
@testable import MeetingFacts

/// The user stays in control of who is who (README, "Correcting people"): an alias merges a
/// spelling into a person, removing one a run added stops that merge for good, `not_people` is
/// never a person, and a deleted auto-created note is not created again — each through real runs.
final class PeopleCorrectionsTests: XCTestCase {
    private let today = CalendarDate(year: 2025, month: 11, day: 15)

    private func run(_ vault: TemporaryFolder, full: Bool = false, rules: String? = nil, config: String? = nil) throws -> RunReport {
        var options = RunOptions(vault: vault.path, today: today)
        options.full = full
        options.rulesDirectory = rules
        options.configPath = config
        return try VaultRun(options: options).execute()
    }

    private func people(_ vault: TemporaryFolder) -> [String] {
        vault.allFiles().filter { $0.hasPrefix("People/") }
    }

    private func kushalVault() -> TemporaryFolder {
        let vault = TemporaryFolder.vault(owner: "Priya Raman")
        vault.write("People/Kushal Datta.md", "---\ntype: people\ntitle: Kushal Datta\n---\n\n# Kushal Datta\n")
        vault.write(.keyFacts(date: "2025-10-31", attendees: ["Kushal Dada", "Rhea Kapoor"], linked: true, title: "Apollo storage",
                              "- Kushal Dada wants 120,000 GPUs per site."))
        return vault
    }

    func testAnAliasTheUserWroteMergesThatSpellingIntoThePerson() throws {
        let vault = TemporaryFolder.vault(owner: "Priya Raman")
        // Nothing but the alias says "Bob Lind" is Robert Lindqvist.
        vault.write("People/Robert Lindqvist.md", "---\ntype: people\ntitle: Robert Lindqvist\naliases: [Bob Lind]\n---\n\n# Robert Lindqvist\n")
        vault.write(.keyFacts(date: "2025-10-31", attendees: ["Priya Raman", "Bob Lind"], title: "Harbor review",
                              "- Bob Lind moves the Harbor cutover to 2026-01-12."))
        let report = try run(vault)
        XCTAssertEqual(report.merges, [])
        XCTAssertEqual(people(vault), ["People/Robert Lindqvist.md"])
        let note = try XCTUnwrap(vault.read("People/Robert Lindqvist.md"))
        XCTAssertTrue(note.contains("- Bob Lind moves the Harbor cutover to 2026-01-12. — [[2025-10-31 - Harbor review|2025-10-31]]\n"), note)
        XCTAssertTrue(note.contains("---\ntype: people\ntitle: Robert Lindqvist\naliases: [Bob Lind]\nlast_contact: '2025-10-31'\n---\n"), note)
    }

    func testRemovingAnAliasARunAddedStopsThatMergeForGood() throws {
        let vault = kushalVault()
        let first = try run(vault)
        XCTAssertEqual(first.merges.map(\.variant), ["Kushal Dada"])
        var note = try XCTUnwrap(vault.read("People/Kushal Datta.md"))
        XCTAssertTrue(note.contains("aliases:\n- Kushal Dada\n"), note)

        // The user says no: Kushal Dada is someone else.
        note = note.replacingOccurrences(of: "aliases:\n- Kushal Dada\n", with: "")
        vault.write("People/Kushal Datta.md", note)
        let second = try run(vault, full: true)
        XCTAssertEqual(second.merges, [])
        XCTAssertNotNil(vault.read("People/Kushal Dada.md"))
        XCTAssertFalse(try XCTUnwrap(vault.read("People/Kushal Datta.md")).contains("Kushal Dada\n"))

        // For good: not after another full run, a rules change or a config change.
        let rules = TemporaryFolder("rules")
        rules.write("extra.yml", "settings:\n  facts.minimum-words: 4\n")
        let config = vault.write("other.yml", "owner: Priya Raman\nnot_people: [Data Platform]\n")
        for report in [try run(vault, full: true), try run(vault, rules: rules.path), try run(vault, config: config)] {
            XCTAssertEqual(report.merges, [])
            XCTAssertFalse(try XCTUnwrap(vault.read("People/Kushal Datta.md")).contains("Kushal Dada\n"))
        }
    }

    func testNotPeopleAreNeverAPersonEvenAsAnAttendee() throws {
        let vault = kushalVault()
        vault.write(".meetingfacts.yml", "owner: Priya Raman\nnot_people: [Rhea Kapoor, Data Platform]\n")
        vault.write(MeetingNoteFixture(date: "2025-11-03", attendees: ["Priya Raman", "Kushal Datta"], title: "Platform sync", sections: [
            ("Summary", "Kushal Datta said Data Platform owns the ingest path; we should ask Rhea Kapoor about the quota."),
        ]))
        let report = try run(vault)
        XCTAssertEqual(report.errors, [])
        XCTAssertEqual(people(vault), ["People/Kushal Datta.md"])
        let note = try XCTUnwrap(vault.read("People/Kushal Datta.md"))
        XCTAssertFalse(note.contains("via Rhea Kapoor"), note)
        let facts = try StateStore(vaultRoot: vault.path, readOnly: true).facts().filter { $0.person == "Rhea Kapoor" }
        XCTAssertEqual(facts, [])
    }

    func testADeletedAutoCreatedNoteIsNotCreatedAgainAndTheRunSaysSoOnce() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        _ = try run(vault)
        XCTAssertNotNil(vault.read("People/Ana Sousa.md"))
        try FileManager.default.removeItem(atPath: vault.url("People/Ana Sousa.md"))

        let notice = "People/Ana Sousa.md was deleted: Ana Sousa will not get a note again (create the note yourself to bring them back)"
        let rules = TemporaryFolder("rules")
        rules.write("extra.yml", "settings:\n  facts.minimum-words: 4\n")
        let config = vault.write("other.yml", try XCTUnwrap(vault.read(".meetingfacts.yml")) + "not_people: [Data Platform]\n")
        var warnings: [String] = []
        for report in [try run(vault), try run(vault, full: true), try run(vault, rules: rules.path), try run(vault, config: config)] {
            XCTAssertNil(vault.read("People/Ana Sousa.md"))
            XCTAssertFalse(report.changedFiles.contains("People/Ana Sousa.md"))
            warnings += report.warnings
        }
        XCTAssertEqual(warnings.filter { $0.contains("Ana Sousa") }, [notice])

        // Creating the note yourself brings the person back: the next full run writes to it.
        vault.write("People/Ana Sousa.md", "---\ntype: people\ntitle: Ana Sousa\n---\n\n# Ana Sousa\n\n## Key Facts\n")
        _ = try run(vault, full: true)
        XCTAssertTrue(try XCTUnwrap(vault.read("People/Ana Sousa.md")).contains("[[2025-11-04 - Hiring loop debrief|2025-11-04]]"))
    }

    /// Found by `make soak`: a run killed after writing its new notes but before saving its state
    /// never recorded creating them, so once the user deleted one, the next full run (or config
    /// change) wrote it again. A note in the vault is remembered once seen, whoever made it.
    func testANoteWrittenByARunKilledBeforeSavingItsStateIsNotCreatedAgainOnceDeleted() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        _ = try run(vault)
        // What the killed run leaves: its notes, and no state (the state is saved after the notes).
        try FileManager.default.removeItem(atPath: vault.url(".meetingfacts"))
        _ = try run(vault)
        XCTAssertNotNil(vault.read("People/Ana Sousa.md"))
        try FileManager.default.removeItem(atPath: vault.url("People/Ana Sousa.md"))

        let notice = "People/Ana Sousa.md was deleted: Ana Sousa will not get a note again (create the note yourself to bring them back)"
        let config = vault.write("other.yml", try XCTUnwrap(vault.read(".meetingfacts.yml")) + "not_people: [Data Platform]\n")
        var warnings: [String] = []
        for report in [try run(vault), try run(vault, full: true), try run(vault, config: config)] {
            XCTAssertNil(vault.read("People/Ana Sousa.md"))
            XCTAssertFalse(report.changedFiles.contains("People/Ana Sousa.md"))
            warnings += report.warnings
        }
        XCTAssertEqual(warnings.filter { $0.contains("Ana Sousa") }, [notice])
    }

    /// Found by `make soak`: with two Ronnies in the vault a lone "Ronnie" is nobody's; once the
    /// user deleted Ronnie Lazar's note, a `--full` run gave every "Ronnie" to Ronnie Borker —
    /// lines the incremental runs had never written there. The deleted person still takes part in
    /// resolving names (ruled out), so a full run changes nothing.
    func testDeletingOnePersonsNoteDoesNotGiveTheirFirstNameToAnother() throws {
        let vault = TemporaryFolder.vault(owner: "Priya Raman")
        for (day, name) in [(1, "Ronnie Lazar"), (2, "Ronnie Borker")] {
            vault.write(.keyFacts(date: "2025-10-0\(day)", attendees: ["Priya Raman", name], title: "Sync",
                                  "- \(name) runs the storage team of 40 engineers."),
                        at: "Meetings/2025-10-0\(day) - Sync with \(name).md")
        }
        vault.write(.keyFacts(date: "2025-10-20", attendees: ["Priya Raman", "Max Ode"], title: "Cloud planning",
                              "- Ronnie and Max lead two teams of 12 engineers each."))
        _ = try run(vault)
        XCTAssertFalse(try XCTUnwrap(vault.read("People/Ronnie Borker.md")).contains("Cloud planning"))
        try FileManager.default.removeItem(atPath: vault.url("People/Ronnie Lazar.md"))
        _ = try run(vault)
        let before = try XCTUnwrap(vault.read("People/Ronnie Borker.md"))
        let full = try run(vault, full: true)
        XCTAssertFalse(full.changedFiles.contains("People/Ronnie Borker.md"), full.changedFiles.description)
        XCTAssertEqual(vault.read("People/Ronnie Borker.md"), before)
        XCTAssertNil(vault.read("People/Ronnie Lazar.md"))
    }

    func testAOneOnOneFiledUnderThePersonAndTaggedAsPeopleIsProcessedAsAMeeting() throws {
        let vault = TemporaryFolder.vault(owner: "Priya Raman")
        vault.write("People/Dana White.md", "---\ntype: people\ntitle: Dana White\n---\n\n# Dana White\n")
        vault.write("People/Dana White/2025-10-03 - Weekly 1on1.md", """
        ---
        tags: [type/people]
        ---
        # 1:1 — Dana White — 2025-10-03

        ## Transcript

        Dana White: The Osaka racks land in November, all 40 of them.
        Priya Raman: Good.
        """)
        let report = try run(vault)
        XCTAssertEqual(report.meetings, 1)
        XCTAssertEqual(people(vault), ["People/Dana White.md", "People/Dana White/2025-10-03 - Weekly 1on1.md"])
        let note = try XCTUnwrap(vault.read("People/Dana White.md"))
        XCTAssertTrue(note.contains("last_contact: '2025-10-03'"), note)
        XCTAssertTrue(note.contains("[[2025-10-03 - Weekly 1on1]]"), note)
    }

    /// Two people, two notes — until the user says they are one.
    private func twoNotesVault() throws -> TemporaryFolder {
        let vault = TemporaryFolder.vault(owner: "Priya Raman")
        for meeting in MeetingNoteFixture.harborMeetings { vault.write(meeting) }
        _ = try run(vault)
        XCTAssertEqual(people(vault), ["People/Bea Holm.md", "People/Beatrix Lindqvist.md"])
        return vault
    }

    private func addAlias(_ alias: String, to path: String, in vault: TemporaryFolder) throws {
        let note = try XCTUnwrap(vault.read(path))
        vault.write(path, note.replacingOccurrences(of: "\nauto_created: true\n", with: "\nauto_created: true\naliases:\n- \(alias)\n"))
    }

    func testAnAliasJoiningTwoNotesMovesTheGeneratedLinesAndRemovesTheNoteWithNothingOfTheUsers() throws {
        let vault = try twoNotesVault()
        try addAlias("Bea Holm", to: "People/Beatrix Lindqvist.md", in: vault)
        let report = try run(vault)
        XCTAssertEqual(report.errors, [])
        XCTAssertEqual(report.peopleRemoved, ["People/Bea Holm.md"])
        XCTAssertEqual(report.warnings, ["People/Bea Holm.md: 'Bea Holm' is an alias of Beatrix Lindqvist: its lines moved to "
                                         + "People/Beatrix Lindqvist.md and the note, with nothing of yours in it, was removed"])
        XCTAssertEqual(people(vault), ["People/Beatrix Lindqvist.md"])
        let note = try XCTUnwrap(vault.read("People/Beatrix Lindqvist.md"))
        XCTAssertTrue(note.contains("""
            ## Key Facts

            - Beatrix Lindqvist signed the Harbor lease for 36 months. — [[2025-10-20 - Harbor lease|2025-10-20]]
            - Bea Holm moves the Harbor cutover to 2026-01-12. — [[2025-10-01 - Harbor cutover|2025-10-01]]

            """), note)
        XCTAssertTrue(note.contains("""
            ## Recent Context

            - 2025-10-20: [[2025-10-20 - Harbor lease]] - Beatrix Lindqvist signed the Harbor lease for 36 months.
            - 2025-10-01: [[2025-10-01 - Harbor cutover]] - Bea Holm moves the Harbor cutover to 2026-01-12.

            """), note)

        // For good: a full run finds nothing to do, creates no Bea Holm note and says nothing of a deletion.
        let again = try run(vault, full: true)
        XCTAssertEqual(again.changedFiles, [])
        XCTAssertEqual(again.warnings, [])
        XCTAssertEqual(people(vault), ["People/Beatrix Lindqvist.md"])
    }

    func testAVariantNoteKeepsWhatTheUserWroteAndGivesUpTheGeneratedLines() throws {
        let vault = try twoNotesVault()
        var bea = try XCTUnwrap(vault.read("People/Bea Holm.md"))
        bea = bea.replacingOccurrences(of: "_How do you work with this person? What is your dynamic?_", with: "Met her at the Osaka offsite.")
        vault.write("People/Bea Holm.md", bea)
        try addAlias("Bea Holm", to: "People/Beatrix Lindqvist.md", in: vault)
        let report = try run(vault)
        XCTAssertEqual(report.peopleRemoved, [])
        XCTAssertTrue(report.warnings.contains("People/Bea Holm.md: 'Bea Holm' is an alias of Beatrix Lindqvist: the lines runs wrote "
                                               + "here moved to People/Beatrix Lindqvist.md; what you wrote stays"), "\(report.warnings)")
        let kept = try XCTUnwrap(vault.read("People/Bea Holm.md"))
        XCTAssertTrue(kept.contains("## Relationship\n\nMet her at the Osaka offsite.\n"), kept)
        XCTAssertFalse(kept.contains("Harbor cutover"), kept)
        XCTAssertTrue(kept.contains("## Key Facts\n\n## Topics Discussed"), kept)
        let note = try XCTUnwrap(vault.read("People/Beatrix Lindqvist.md"))
        XCTAssertTrue(note.contains("- Bea Holm moves the Harbor cutover to 2026-01-12. — [[2025-10-01 - Harbor cutover|2025-10-01]]\n"), note)
        XCTAssertEqual(try run(vault, full: true).changedFiles, [])
    }
}
