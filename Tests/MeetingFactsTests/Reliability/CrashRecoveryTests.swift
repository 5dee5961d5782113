import Foundation
import XCTest
@testable import MeetingFacts

/// What a run killed mid-write leaves behind, and how the next run deals with it. The random
/// SIGKILL campaign is `make crash-test`; these pin the single states it can produce.
final class CrashRecoveryTests: XCTestCase {
    func testTempFileOfAKilledRunIsRemovedByTheNextRun() throws {
        let hostile = HostileVault()
        // A run with PID 2^22 + 1 (above Linux's pid_max) died between writing its temp file and renaming it.
        hostile.vault.write("People/.Odile Marchetti.md.meetingfacts-4194305.tmp", "---\ntype: people\ntitle: Odile Mar")
        let report = try hostile.runCheckingTheRestIsProcessed()
        XCTAssertEqual(report.errors, [])
        XCTAssertEqual(hostile.temporaryFiles(), [])
    }

    func testNotesWrittenBeforeAKillBeforeTheStateWasSavedConvergeToAnUninterruptedRun() throws {
        let uninterrupted = HostileVault()
        _ = try uninterrupted.run()
        let killed = HostileVault()
        _ = try killed.run()
        // The kill came after the notes were renamed into place but before the state was saved.
        try FileManager.default.removeItem(atPath: killed.vault.url(".meetingfacts"))
        let report = try killed.run()
        XCTAssertEqual(report.errors, [])
        XCTAssertEqual(report.changedFiles, [])
        XCTAssertEqual(killed.vault.read(HostileVault.goodPerson), uninterrupted.vault.read(HostileVault.goodPerson))
    }
}
