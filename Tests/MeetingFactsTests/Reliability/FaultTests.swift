import Foundation
import XCTest
@testable import MeetingFacts

/// Faults of the machine rather than of the text: a note the run may not read, a disk that fills
/// up. Tests run as root here, where `chmod 000` stops nobody, so the unreadable case runs the
/// binary as `nobody` through `setpriv`; the full disk is a real 256 KB tmpfs.
final class FaultTests: XCTestCase {
    private var mountPoint: String?

    override func tearDown() {
        if let mountPoint { _ = shell(["umount", mountPoint]) }
    }

    /// The `meetingfacts` binary beside the test bundle (`swift test` builds both).
    private var binary: String {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let folder = runner.pathExtension == "xctest" ? runner.deletingLastPathComponent()
            : Bundle(for: Self.self).bundleURL.deletingLastPathComponent()
        return folder.appendingPathComponent("meetingfacts").path
    }

    @discardableResult
    private func shell(_ arguments: [String]) -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let errors = Pipe()
        process.standardOutput = Pipe()
        process.standardError = errors
        do { try process.run() } catch { return (-1, "\(error)") }
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    func testUnreadableNoteIsReportedByNameAndTheRestIsProcessed() throws {
        let hostile = HostileVault()
        let locked = hostile.vault.write("Meetings/locked.md", "---\ntype: meeting\ndate: 2025-09-20\n---\n\n- Bruno Kessler wants 12 racks.\n")
        let outsideBefore = HostileVault.snapshot(hostile.outside.path)
        let errors: [String]
        if geteuid() == 0 {
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
                throw XCTSkip("running as root without setpriv: chmod 000 cannot make a file unreadable here")
            }
            // nobody may write the vault but not read the locked note (root-owned, mode 000).
            XCTAssertEqual(shell(["chmod", "-R", "a+rwX", hostile.vault.path]).status, 0)
            XCTAssertEqual(chmod(locked, 0), 0)
            let result = shell(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", binary, "run", hostile.vault.path,
                                "--today", "2025-11-15", "--quiet"])
            XCTAssertEqual(result.status, 3, "exit 3: some notes failed, the others were processed")
            errors = result.errors.split(separator: "\n").map(String.init)
        } else {
            XCTAssertEqual(chmod(locked, 0), 0)
            errors = try hostile.run().errors
        }
        XCTAssertEqual(errors, ["Meetings/locked.md:1: error: " + ReadingProblem.unreadable("not a readable file").message])
        XCTAssertTrue(try XCTUnwrap(hostile.vault.read(HostileVault.goodPerson)).contains("40 PB of archive growth"))
        XCTAssertEqual(HostileVault.snapshot(hostile.outside.path), outsideBefore)
        chmod(locked, 0o644)
        XCTAssertEqual(hostile.vault.read("Meetings/locked.md"), "---\ntype: meeting\ndate: 2025-09-20\n---\n\n- Bruno Kessler wants 12 racks.\n")
    }

    func testFullDiskLeavesEveryNoteWholeAndTheNextRunFinishes() throws {
        let disk = TemporaryFolder("full-disk")
        let mounted = shell(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk.path])
        guard mounted.status == 0 else { throw XCTSkip("cannot mount a tmpfs here (\(mounted.errors)); no full disk to test") }
        mountPoint = disk.path
        let hostile = HostileVault()
        for file in hostile.vault.allFiles() { disk.write(file, hostile.vault.read(file)!) }
        var options = RunOptions(vault: disk.path, today: HostileVault.today)
        XCTAssertEqual(try VaultRun(options: options).execute().errors, [])
        let before = try XCTUnwrap(disk.read(HostileVault.goodPerson))

        disk.write("Meetings/2025-09-26 - Follow-up.md", "---\ntype: meeting\ndate: 2025-09-26\nattendees: [\"[[Odile Marchetti]]\", \"[[Bruno Kessler]]\"]\n---\n\n# Follow-up\n\n- Odile Marchetti moves the archive to 55 PB.\n")
        // Fill every free block (hidden, so the run does not list it).
        shell(["sh", "-c", "cat /dev/zero > '\(disk.url(".filler"))'"])
        var failure: String?
        do {
            let report = try VaultRun(options: options).execute()
            failure = report.errors.joined(separator: "\n")
        } catch {
            failure = error.description
        }
        // Each note that failed is named, then the state save that stopped the run.
        XCTAssertEqual(failure?.split(separator: "\n").map(String.init), [
            "People/Bruno Kessler.md: error: write failed: No space left on device",
            "People/Odile Marchetti.md: error: write failed: No space left on device",
            ".meetingfacts/state.sqlite: error: cannot save run state: SQLite error 13: database or disk is full"
                + " - while executing `INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)`",
        ])
        XCTAssertEqual(disk.read(HostileVault.goodPerson), before, "a note changed on a full disk")
        XCTAssertNil(disk.read("People/Bruno Kessler.md"))
        XCTAssertEqual(disk.allFiles().filter { StaleTemporaryFiles.ownerProcess(ofFileNamed: ($0 as NSString).lastPathComponent) != nil }, [])

        try FileManager.default.removeItem(atPath: disk.url(".filler"))
        options.full = false
        let report = try VaultRun(options: options).execute()
        XCTAssertEqual(report.errors, [])
        XCTAssertTrue(try XCTUnwrap(disk.read(HostileVault.goodPerson)).contains("55 PB"))
        XCTAssertNotNil(disk.read("People/Bruno Kessler.md"))
    }
}
