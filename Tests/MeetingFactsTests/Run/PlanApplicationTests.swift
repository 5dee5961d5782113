import Foundation
import GRDB
import XCTest
@testable import MeetingFacts

/// `apply PLAN` saves the state the planning run would have saved (README, "Review, then apply"):
/// each test applies a saved plan to one vault, runs the same change for real on its twin, and
/// holds that the two states say the same, and that later runs treat the applied notes as the run's.
final class PlanApplicationTests: XCTestCase {
    private let today = CalendarDate(year: 2025, month: 11, day: 15)

    private func options(_ vault: TemporaryFolder, full: Bool) -> RunOptions {
        var options = RunOptions(vault: vault.path, today: today)
        options.full = full
        return options
    }

    private func run(_ vault: TemporaryFolder, full: Bool = false) throws -> RunReport {
        try VaultRun(options: options(vault, full: full)).execute()
    }

    /// `run --dry-run --save PLAN`, then `apply PLAN`: the plan goes through its file, as the CLI's does.
    private func apply(_ vault: TemporaryFolder, full: Bool = false) throws -> RunReport {
        var options = options(vault, full: full)
        options.dryRun = true
        options.recordPlan = true
        let plan = try XCTUnwrap(try VaultRun(options: options).execute().plan)
        let folder = TemporaryFolder("plan")
        let file = folder.url("change.plan")
        try plan.encoded().write(to: URL(fileURLWithPath: file))
        let report = try PlanApplication(plan: try RunPlan.read(path: file)).execute()
        XCTAssertEqual(report.errors, [])
        return report
    }

    /// The run state as rows, less what differs between two vaults brought to the same notes (the
    /// generation, a file's modification time, a fact's row id); the people summary decoded, as
    /// its JSON keys come in any order.
    private func remembered(_ vault: TemporaryFolder) throws -> [String] {
        let summary = try StateStore(vaultRoot: vault.path, readOnly: true).peopleRunSummary()
        let queue = try DatabaseQueue(path: vault.url(StateStore.relativePath), configuration: {
            var configuration = Configuration()
            configuration.readonly = true
            return configuration
        }())
        return try queue.read { db in
            let queries = [
                "SELECT 'meta', key, value FROM meta WHERE key NOT IN ('generation', 'people_last_run') ORDER BY key",
                "SELECT 'note', path, kind, size, hash, people, fact_count, date, link_name, summary, attendees, transcript_hash, canonical FROM notes ORDER BY path",
                "SELECT 'decision', kind, name, person FROM people_decisions ORDER BY kind, name, person",
                "SELECT 'written', person, line_hash FROM written ORDER BY person, line_hash",
                "SELECT 'value', person, field, value, date FROM written_values ORDER BY person, field",
                "SELECT 'fact', person, note_path, line, text, meeting_date, meeting_path, meeting_line FROM facts ORDER BY note_path, line",
            ]
            return try queries.flatMap { sql in
                try Row.fetchAll(db, sql: sql).map { row in row.databaseValues.map(\.description).joined(separator: " | ") }
            } + ["people_last_run | \(String(describing: summary))"]
        }
    }

    private func companyVault() -> TemporaryFolder {
        let vault = TemporaryFolder.vault(owner: "Priya Raman")
        vault.write(.storageSync(date: "2025-10-01", "Ines Duarte from Microsoft walked us through the quota."))
        return vault
    }

    /// Found in review: apply left out the company and role the run wrote, so the next run took
    /// them for the user's own and never replaced them with a newer meeting's.
    func testApplyRemembersTheCompanyItWroteSoANewerMeetingStillReplacesIt() throws {
        let vault = companyVault()
        _ = try apply(vault)
        XCTAssertTrue(try XCTUnwrap(vault.read("People/Ines Duarte.md")).contains("\ncompany: Microsoft\n"))
        let twin = companyVault()
        _ = try run(twin)
        XCTAssertEqual(try remembered(vault), try remembered(twin))

        vault.write(.storageSync(date: "2025-10-20", "Ines Duarte joined Google; she keeps the storage account."))
        _ = try run(vault)
        let note = try XCTUnwrap(vault.read("People/Ines Duarte.md"))
        XCTAssertTrue(note.contains("\ncompany: Google\n"), note)
        XCTAssertTrue(note.contains("\n| **Company** | Google |\n"), note)
    }

    /// Found in review: apply left out what the run decided about people, so `meetingfacts people`
    /// showed the run before it (or none) as the last one.
    func testApplyKeepsWhatTheRunDecidedAboutPeopleForThePeopleCommand() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        _ = try apply(vault)
        let summary = try XCTUnwrap(try StateStore(vaultRoot: vault.path, readOnly: true).peopleRunSummary())
        XCTAssertEqual(summary.date, "2025-11-15")
        XCTAssertEqual(summary.created.map(\.note), ["People/Ana Sousa.md", "People/Dev Malhotra.md", "People/Jon Baker.md",
                                                     "People/Marcus Oyelaran.md", "People/Tomás Ruiz.md"])
        let twin = RepositoryPaths.copy(RepositoryPaths.demoVault)
        _ = try run(twin)
        XCTAssertEqual(try remembered(vault), try remembered(twin))
    }

    func testANoteDeletedAfterApplyIsNotCreatedAgain() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        _ = try apply(vault)
        try FileManager.default.removeItem(atPath: vault.url("People/Ana Sousa.md"))
        let report = try run(vault, full: true)
        XCTAssertNil(vault.read("People/Ana Sousa.md"))
        XCTAssertEqual(report.changedFiles, [])
        XCTAssertEqual(report.warnings, ["People/Ana Sousa.md was deleted: Ana Sousa will not get a note again "
                                         + "(create the note yourself to bring them back)"])
    }

    /// A deleted note the user wrote again: the run forgets the deletion and the lines it wrote
    /// there before; apply must forget them too.
    func testApplyForgetsADeletionOnceTheUserBringsTheNoteBack() throws {
        func deletedAndBack() throws -> TemporaryFolder {
            let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
            _ = try run(vault)
            try FileManager.default.removeItem(atPath: vault.url("People/Ana Sousa.md"))
            _ = try run(vault)
            vault.write("People/Ana Sousa.md", "---\ntype: people\ntitle: Ana Sousa\n---\n\n# Ana Sousa\n\n## Key Facts\n")
            return vault
        }
        let vault = try deletedAndBack()
        _ = try apply(vault, full: true)
        XCTAssertTrue(try XCTUnwrap(vault.read("People/Ana Sousa.md")).contains("[[2025-11-04 - Hiring loop debrief|2025-11-04]]"))
        let decisions = try StateStore(vaultRoot: vault.path, readOnly: true).peopleDecisions()
        XCTAssertFalse(decisions.contains(PeopleDecision(kind: .noteDeleted, name: "Ana Sousa", person: "People/Ana Sousa.md")))
        let twin = try deletedAndBack()
        _ = try run(twin, full: true)
        XCTAssertEqual(try remembered(vault), try remembered(twin))
    }

    /// Two notes joined by an alias: the lines moved to the canonical note are the run's there.
    func testApplyRemembersTheLinesAnAliasMovedIntoTheCanonicalNote() throws {
        func joined() throws -> TemporaryFolder {
            let vault = TemporaryFolder.vault(owner: "Priya Raman")
            for meeting in MeetingNoteFixture.harborMeetings { vault.write(meeting) }
            _ = try run(vault)
            let path = "People/Beatrix Lindqvist.md"
            let note = try XCTUnwrap(vault.read(path))
            vault.write(path, note.replacingOccurrences(of: "\nauto_created: true\n", with: "\nauto_created: true\naliases:\n- Bea Holm\n"))
            return vault
        }
        let vault = try joined()
        let report = try apply(vault)
        XCTAssertEqual(report.changedFiles.sorted(), ["People/Bea Holm.md", "People/Beatrix Lindqvist.md"])
        XCTAssertNil(vault.read("People/Bea Holm.md"))
        let twin = try joined()
        _ = try run(twin)
        XCTAssertEqual(try remembered(vault), try remembered(twin))
        let again = try run(vault, full: true)
        XCTAssertEqual(again.changedFiles, [])
        XCTAssertEqual(again.warnings, [])
    }
}
