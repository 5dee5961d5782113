import Foundation
import XCTest
@testable import MeetingFacts

final class VaultRunTests: XCTestCase {
    private let today = CalendarDate(year: 2025, month: 11, day: 15)

    private func run(_ vault: TemporaryFolder, dryRun: Bool = false, full: Bool = false, rules: String? = nil,
                     notes: [String] = []) throws -> RunReport {
        var options = RunOptions(vault: vault.path, today: today)
        options.dryRun = dryRun
        options.full = full
        options.rulesDirectory = rules
        options.notes = notes
        return try VaultRun(options: options).execute()
    }

    /// Every file below the folder with its bytes and modification time.
    private func snapshot(_ folder: TemporaryFolder) -> [String: String] {
        var entries: [String: String] = [:]
        let walker = FileManager.default.enumerator(atPath: folder.path)
        while let relative = walker?.nextObject() as? String {
            let path = folder.url(relative)
            let status = FileStatus(path: path)
            let bytes = FileManager.default.contents(atPath: path).map { ContentHash(bytes: $0).description } ?? "folder"
            entries[relative] = "\(bytes) \(status?.modified ?? -1)"
        }
        return entries
    }

    func testDryRunWritesNothingAtAll() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        let before = snapshot(vault)
        let report = try run(vault, dryRun: true)
        XCTAssertEqual(snapshot(vault), before)
        XCTAssertFalse(report.diff.isEmpty)
        XCTAssertTrue(report.diff.contains("--- /dev/null\n+++ b/People/Marcus Oyelaran.md\n"))
        XCTAssertTrue(report.diff.contains("--- a/People/Lena Fischer.md\n+++ b/People/Lena Fischer.md\n"))
    }

    func testDryRunDiffAppliedWithGitGivesExactlyWhatARealRunWrites() throws {
        let reviewed = RepositoryPaths.copy(RepositoryPaths.demoVault)
        let written = RepositoryPaths.copy(RepositoryPaths.demoVault)
        let diff = try run(reviewed, dryRun: true).diff
        let patch = TemporaryFolder("patch")
        patch.write("change.diff", diff)
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "apply", "--whitespace=nowarn", patch.url("change.diff")]
        git.currentDirectoryURL = URL(fileURLWithPath: reviewed.path)
        try git.run()
        git.waitUntilExit()
        XCTAssertEqual(git.terminationStatus, 0)

        let report = try run(written)
        XCTAssertEqual(report.errors, [])
        let writtenFiles = written.allFiles().filter { !$0.hasPrefix(".meetingfacts/") }
        XCTAssertEqual(reviewed.allFiles(), writtenFiles)
        for file in writtenFiles {
            XCTAssertEqual(reviewed.read(file), written.read(file), file)
        }
    }

    func testSecondRunChangesNoByte() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        let first = try run(vault)
        XCTAssertEqual(first.meetings, 3)
        XCTAssertGreaterThan(first.peopleCreated, 0)
        let after = snapshot(vault)
        let second = try run(vault)
        XCTAssertEqual(second.meetings, 0)
        XCTAssertEqual(second.changedFiles, [])
        let full = try run(vault, full: true)
        XCTAssertEqual(full.meetings, 3)
        XCTAssertEqual(full.changedFiles, [])
        XCTAssertEqual(snapshot(vault).filter { !$0.key.hasPrefix(".meetingfacts") }, after.filter { !$0.key.hasPrefix(".meetingfacts") })
    }

    func testAChangedMeetingNoteIsProcessedAgainAndOnlyIt() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        _ = try run(vault)
        let path = "Meetings/2025-11-04 - Hiring loop debrief.md"
        vault.write(path, vault.read(path)! + "\n- Ines Duarte from Microsoft joins the loop as shadow interviewer.\n")
        let report = try run(vault)
        XCTAssertEqual(report.meetings, 1)
        // Only the newcomer's note changes: the other people of that meeting have nothing new.
        XCTAssertEqual(report.changedFiles, ["People/Ines Duarte.md"])
        XCTAssertTrue(vault.read("People/Ines Duarte.md")?.contains("\ncompany: Microsoft\n") == true)
    }

    func testAChangeOfRulesReRunsEveryNote() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        _ = try run(vault)
        let rules = TemporaryFolder("rules")
        rules.write("extra.yml", "settings:\n  summary_similarity: 0.5\n")
        XCTAssertEqual(try run(vault, rules: rules.path).meetings, 3)
        XCTAssertEqual(try run(vault, rules: rules.path).meetings, 0)
    }

    func testNamedNotesAreTheOnlyOnesProcessed() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        let report = try run(vault, notes: [vault.url("Meetings/2025-11-04 - Hiring loop debrief.md")])
        XCTAssertEqual(report.meetings, 1)
        // The people of that meeting only: Jon Baker and Marcus Oyelaran are in the other two.
        XCTAssertEqual(report.changedFiles, ["People/Ana Sousa.md", "People/Dev Malhotra.md", "People/Lena Fischer.md"])
    }

    func testAnotherRunHoldingTheLockIsRefused() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        let lock = RunLock(path: vault.url(".meetingfacts/lock"))
        try lock.acquire(wait: 0)
        XCTAssertThrowsError(try run(vault)) { error in
            XCTAssertEqual((error as? RunFailure)?.exitCode, 75)
        }
        lock.release()
        XCTAssertNoThrow(try run(vault))
    }

    func testHandEditsSurviveAnotherRun() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        _ = try run(vault)
        let path = "People/Marcus Oyelaran.md"
        var text = try XCTUnwrap(vault.read(path))
        let deleted = try XCTUnwrap(text.split(separator: "\n").first { $0.contains("walked through the storage plan") })
        text = text.replacingOccurrences(of: deleted + "\n", with: "")
        text = text.replacingOccurrences(of: "## Key Facts\n\n", with: "## Key Facts\n\n- Ran the Dallas design review in 2023 (my note).\n")
        text = text.replacingOccurrences(of: "_How do you work with this person? What is your dynamic?_",
                                         with: "Weekly capacity call; he likes numbers first.")
        vault.write(path, text)
        _ = try run(vault, full: true)
        let after = try XCTUnwrap(vault.read(path))
        XCTAssertTrue(after.contains("- Ran the Dallas design review in 2023 (my note).\n"))
        XCTAssertTrue(after.contains("Weekly capacity call; he likes numbers first."))
        XCTAssertFalse(after.contains(String(deleted)))
        // Nor does its reworded twin of the same meeting come back in its place.
        XCTAssertFalse(after.contains("Dallas capacity lands in Jan"), after)
    }

    /// Kushal Datta's note, and an Apollo meeting whose attendee is `attendee` — a spelling of him or not.
    private func apolloVault(attendee: String) -> TemporaryFolder {
        let vault = TemporaryFolder("vault")
        vault.write("People/Kushal Datta.md", "---\ntype: people\ntitle: Kushal Datta\n---\n\n# Kushal Datta\n")
        vault.write(.keyFacts(date: "2025-10-31", attendees: [attendee, "Rhea Kapoor"], linked: true, title: "Apollo storage",
                              "- \(attendee) wants 120,000 GPUs per site."))
        return vault
    }

    func testAMisspeltAttendeeIsTheKnownPersonAndTheirNoteGetsTheSpellingAsAnAlias() throws {
        let vault = apolloVault(attendee: "Kushal Dada")
        let report = try run(vault)
        XCTAssertEqual(report.nearMisses, [])
        XCTAssertEqual(report.merges, [PeopleRegistry.Merge(variant: "Kushal Dada", person: "Kushal Datta", reason: "surname sounds the same")])
        XCTAssertNil(vault.read("People/Kushal Dada.md"))
        let note = try XCTUnwrap(vault.read("People/Kushal Datta.md"))
        XCTAssertTrue(note.hasPrefix("---\ntype: people\ntitle: Kushal Datta\nlast_contact: '2025-10-31'\naliases:\n- Kushal Dada\n---\n"), note)
        XCTAssertTrue(note.contains("- Kushal Dada wants 120,000 GPUs per site. — [[2025-10-31 - Apollo storage|2025-10-31]]"), note)
    }

    func testANearMissNameGetsANoteSayingWhomItMayDuplicate() throws {
        let vault = apolloVault(attendee: "Kushal Dalton")
        let report = try run(vault)
        XCTAssertEqual(report.nearMisses, [NearMiss(name: "Kushal Dalton", suspectedMatch: "Kushal Datta")])
        let note = try XCTUnwrap(vault.read("People/Kushal Dalton.md"))
        XCTAssertTrue(note.contains("- needs-review\nsuspected_match: '[[Kushal Datta]]'\n---\n"), note)
        XCTAssertEqual(vault.read("People/Kushal Datta.md"), "---\ntype: people\ntitle: Kushal Datta\n---\n\n# Kushal Datta\n")
    }

    /// A name heard once in each of two recordings is a person (two lines); read in two runs, the
    /// second run still knows the first recording's names from the state, as a `--full` run would.
    func testANameHeardOnceInEachOfTwoMeetingsReadInTwoRunsIsAPerson() throws {
        let vault = TemporaryFolder("vault")
        vault.write(".meetingfacts.yml", "owner: Nadia Ferreira\n")
        func recording(_ day: String, _ line: String) -> String {
            """
            ---
            type: meeting
            date: 2025-10-\(day)
            attendees: ["[[Kwame Mensah]]"]
            ---

            # Recording with Kwame

            ## Transcript

            Nadia Ferreira: Kwame, where are we?
            Kwame Mensah: \(line)
            Nadia Ferreira: Good.
            """
        }
        vault.write("Meetings/2025-10-13 - Recording.md", recording("13", "The design is done. I went over it with Marta Kowalczyk on Monday."))
        _ = try run(vault)
        XCTAssertFalse(vault.allFiles().contains("People/Marta Kowalczyk.md"), "heard once: not a person yet")
        vault.write("Meetings/2025-10-20 - Recording.md", recording("20", "Marta Kowalczyk signed the optics order off on Tuesday."))
        let second = try run(vault)
        XCTAssertEqual(second.meetings, 2, "the new note, and the earlier one that names the new person, read again")
        XCTAssertTrue(vault.allFiles().contains("People/Marta Kowalczyk.md"), vault.allFiles().joined(separator: ", "))
        XCTAssertEqual(try run(vault, dryRun: true, full: true).diff, "", "--full adds nothing the incremental runs missed")
    }
}
