import Foundation
import XCTest
@testable import MeetingFacts

/// Two `meetingfacts run` processes on one vault, and a person editing a note while a run is in
/// progress. These run the real binary, because the lock and the races are between processes.
final class ConcurrencyTests: XCTestCase {
    private static let colleagues = ["Bruno Kessler", "Maren Solberg", "Tobi Adeyemi", "Lucia Ferrante", "Kasper Lind", "Noor Haddadi"]

    /// The good vault plus `count` meetings with Odile and two colleagues each: a run of a few seconds.
    private func busyVault(meetings count: Int) -> HostileVault {
        let hostile = HostileVault()
        for index in 0..<count {
            let day = 1 + index % 28
            let first = Self.colleagues[index % Self.colleagues.count], second = Self.colleagues[(index + 2) % Self.colleagues.count]
            hostile.vault.write("Meetings/2025-08-\(String(format: "%02d", day)) - Sync \(index).md", """
            ---
            type: meeting
            date: 2025-08-\(String(format: "%02d", day))
            attendees: ["[[Odile Marchetti]]", "[[\(first)]]", "[[\(second)]]"]
            ---

            # Sync \(index)

            ## Key facts

            - \(first) expects \(10 + index) racks in Quincy by October.
            - Odile Marchetti budgets \(index + 2) million dollars for the archive tier.
            - \(second) measured \(index % 9 + 1) TB/s of checkpoint writes.

            """)
        }
        return hostile
    }

    private var binary: String {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let folder = runner.pathExtension == "xctest" ? runner.deletingLastPathComponent()
            : Bundle(for: Self.self).bundleURL.deletingLastPathComponent()
        return folder.appendingPathComponent("meetingfacts").path
    }

    private func start(_ vault: String, _ extra: [String] = []) throws -> (process: Process, output: Pipe, errors: Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["run", vault, "--today", "2025-11-15", "--json"] + extra
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        return (process, output, errors)
    }

    private func finish(_ run: (process: Process, output: Pipe, errors: Pipe)) -> (status: Int32, changed: [String], errors: String) {
        let output = run.output.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: run.errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        run.process.waitUntilExit()
        let json = (try? JSONSerialization.jsonObject(with: output)) as? [String: Any]
        return (run.process.terminationStatus, (json?["changed_files"] as? [String]) ?? [], errors)
    }

    /// Waits until the run has created its lock file (it takes the lock right after).
    private func waitForLock(_ vault: HostileVault) {
        let deadline = Date().addingTimeInterval(30)
        while FileStatus(path: vault.vault.url(".meetingfacts/lock")) == nil && Date() < deadline { usleep(2_000) }
        usleep(200_000)
    }

    private func notes(_ vault: HostileVault) -> [String: String] {
        Dictionary(uniqueKeysWithValues: vault.vault.allFiles().filter { !$0.hasPrefix(".meetingfacts/") }.map { ($0, vault.vault.read($0) ?? "") })
    }

    func testASecondRunExits75WhileTheFirstHoldsTheLock() throws {
        let hostile = busyVault(meetings: 40)
        let reference = busyVault(meetings: 40)
        _ = try reference.run()
        let first = try start(hostile.vault.path)
        waitForLock(hostile)
        let second = finish(try start(hostile.vault.path))
        let firstResult = finish(first)
        XCTAssertEqual(second.status, 75)
        XCTAssertTrue(second.errors.contains("another meetingfacts run holds the lock"), second.errors)
        XCTAssertEqual(second.changed, [])
        XCTAssertEqual(firstResult.status, 0, firstResult.errors)
        XCTAssertEqual(notes(hostile), notes(reference))
    }

    func testASecondRunThatWaitsFindsNothingLeftToWrite() throws {
        let hostile = busyVault(meetings: 40)
        let first = try start(hostile.vault.path)
        waitForLock(hostile)
        let second = try start(hostile.vault.path, ["--wait", "120"])
        let firstResult = finish(first)
        let secondResult = finish(second)
        XCTAssertEqual(firstResult.status, 0, firstResult.errors)
        XCTAssertEqual(secondResult.status, 0, secondResult.errors)
        XCTAssertEqual(firstResult.changed.count, 7, "Odile and six colleagues")
        XCTAssertEqual(secondResult.changed, [], "written twice")
    }

    func testAnEditorRewritingAPersonNoteDuringARunKeepsEveryEdit() throws {
        let hostile = busyVault(meetings: 40)
        _ = try hostile.run()
        // New meetings for the next run, so it has Odile's note to rewrite.
        for index in 0..<30 {
            hostile.vault.write("Meetings/2025-10-\(String(format: "%02d", index + 1)) - Review \(index).md",
                                "---\ntype: meeting\ndate: 2025-10-\(String(format: "%02d", index + 1))\nattendees: [\"[[Odile Marchetti]]\"]\n---\n\n# Review \(index)\n\n## Key facts\n\n- Odile Marchetti signs off \(index + 3) PB of cold storage.\n")
        }
        let path = hostile.vault.url(HostileVault.goodPerson)
        let run = try start(hostile.vault.path)
        // The editor saves the way Obsidian does: read, change, write the file in place.
        var edits = 0
        while run.process.isRunning {
            let text = try XCTUnwrap(FileManager.default.contents(atPath: path))
            let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
            try handle.truncate(atOffset: 0)
            try handle.write(contentsOf: text + Data("- editor's line \(edits)\n".utf8))
            try handle.close()
            edits += 1
            usleep(20_000)
        }
        let result = finish(run)
        XCTAssertEqual(result.status, 0, result.errors)
        XCTAssertGreaterThan(edits, 5)
        let final = try XCTUnwrap(hostile.vault.read(HostileVault.goodPerson))
        for edit in 0..<edits {
            XCTAssertTrue(final.contains("- editor's line \(edit)\n"), "edit \(edit) of \(edits) lost")
        }
        // Skipped this run with a warning (the edit came after the read), or written before the first edit.
        let skipped = result.errors.contains("\(HostileVault.goodPerson): warning: changed by someone else since it was read; skipped this run")
        XCTAssertTrue(skipped || final.contains("cold storage"), result.errors)
    }
}
