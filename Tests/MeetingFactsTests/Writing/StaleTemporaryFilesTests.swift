import Foundation
import XCTest
@testable import MeetingFacts

final class StaleTemporaryFilesTests: XCTestCase {
    /// The PID of a process that has exited and been reaped: no process has it now (until reuse).
    private func deadProcess() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    func testReadsTheWriterPIDFromOurTempNamesOnly() {
        XCTAssertEqual(StaleTemporaryFiles.ownerProcess(ofFileNamed: ".Ann Lee.md.meetingfacts-4711.tmp"), 4711)
        XCTAssertEqual(StaleTemporaryFiles.ownerProcess(ofFileNamed: ".a.meetingfacts-b.md.meetingfacts-12.tmp"), 12)
        XCTAssertNil(StaleTemporaryFiles.ownerProcess(ofFileNamed: "Ann Lee.md.meetingfacts-4711.tmp"))
        XCTAssertNil(StaleTemporaryFiles.ownerProcess(ofFileNamed: ".Ann Lee.md.meetingfacts-.tmp"))
        XCTAssertNil(StaleTemporaryFiles.ownerProcess(ofFileNamed: ".Ann Lee.md.meetingfacts-47x1.tmp"))
        XCTAssertNil(StaleTemporaryFiles.ownerProcess(ofFileNamed: ".Ann Lee.md.swp"))
    }

    func testRemovesTempFilesOfDeadWritersAndNothingElse() throws {
        let vault = TemporaryFolder()
        let dead = try deadProcess()
        vault.write("People/.Ann Lee.md.meetingfacts-\(dead).tmp", "half a no")
        vault.write(".Root.md.meetingfacts-\(dead).tmp", "half")
        vault.write("People/.Bo Chen.md.meetingfacts-\(getpid()).tmp", "being written right now")
        vault.write("People/Ann Lee.md", "a note\n")
        vault.write("People/.hidden-by-the-user.tmp", "not ours")
        vault.write(".obsidian/.workspace.meetingfacts-\(dead).tmp", "inside a hidden folder: never walked")
        XCTAssertEqual(StaleTemporaryFiles.remove(vaultRoot: vault.path),
                       [".Root.md.meetingfacts-\(dead).tmp", "People/.Ann Lee.md.meetingfacts-\(dead).tmp"])
        XCTAssertEqual(vault.allFiles(), [".obsidian/.workspace.meetingfacts-\(dead).tmp", "People/.Bo Chen.md.meetingfacts-\(getpid()).tmp",
                                          "People/.hidden-by-the-user.tmp", "People/Ann Lee.md"])
    }
}
