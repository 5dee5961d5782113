import Foundation
import XCTest
@testable import MeetingFacts

/// The hostile-input matrix: each case puts one bad thing in an otherwise good vault and runs it.
/// Every case must end with a clear message naming the file, the good note processed, nothing
/// outside the vault touched and the hostile file's bytes unchanged (see `HostileVault`).
final class HostileInputTests: XCTestCase {
    private func meeting(_ body: String, date: String = "2025-09-20") -> String {
        "---\ntype: meeting\ndate: \(date)\n---\n\n# Notes\n\n\(body)\n"
    }

    func testBrokenYAMLFrontmatterIsReportedByNameAndTheRestIsProcessed() throws {
        let hostile = HostileVault()
        let text = "---\ntype: meeting\ndate: 2025-09-20\nattendees: [\"[[Bruno Kessler]]\"\n---\n\n- Bruno Kessler wants 12 racks.\n"
        hostile.vault.write("Meetings/broken.md", text)
        let report = try hostile.runCheckingTheRestIsProcessed()
        XCTAssertEqual(report.errors.count, 1)
        // The flow sequence opened on line 4 is where YAML gives up.
        XCTAssertTrue(report.errors[0].hasPrefix("Meetings/broken.md:4: error: broken YAML frontmatter:"), report.errors[0])
        XCTAssertEqual(hostile.vault.read("Meetings/broken.md"), text)
        XCTAssertNil(hostile.vault.read("People/Bruno Kessler.md"))
    }

    func testDuplicateFrontmatterKeyIsReportedOnOneLine() throws {
        let hostile = HostileVault()
        let text = "---\ntype: meeting\ndate: 2025-09-20\ndate: 2025-09-21\n---\n\n- Bruno Kessler wants 12 racks.\n"
        hostile.vault.write("Meetings/twice.md", text)
        let report = try hostile.runCheckingTheRestIsProcessed()
        XCTAssertEqual(report.errors, ["Meetings/twice.md:2: error: broken YAML frontmatter: duplicate key 'date'; skipped"])
        XCTAssertEqual(hostile.vault.read("Meetings/twice.md"), text)
    }

    func testInvalidUTF8IsReportedAtItsLineAndTheRestIsProcessed() throws {
        let hostile = HostileVault()
        let bytes = Array(meeting("- Bruno Kessler wants 12 racks.").utf8) + Array("Caf".utf8) + [0xE9] + Array(" latin-1\n".utf8)
        hostile.writeBytes("Meetings/latin1.md", bytes)
        let report = try hostile.runCheckingTheRestIsProcessed()
        XCTAssertEqual(report.errors, ["Meetings/latin1.md:9: error: " + ReadingProblem.invalidUTF8.message])
        XCTAssertEqual(hostile.bytes("Meetings/latin1.md"), bytes)
    }

    func testNULBytesAreReportedAtTheirLineAndTheRestIsProcessed() throws {
        let hostile = HostileVault()
        let bytes = Array(meeting("- Bruno Kessler wants 12 racks.").utf8) + [0] + Array("\n".utf8)
        hostile.writeBytes("Meetings/nul.md", bytes)
        let report = try hostile.runCheckingTheRestIsProcessed()
        XCTAssertEqual(report.errors, ["Meetings/nul.md:9: error: " + ReadingProblem.nulByte.message])
        XCTAssertEqual(hostile.bytes("Meetings/nul.md"), bytes)
    }

    func testCRLFNoteStaysCRLF() throws {
        let hostile = HostileVault()
        let person = "---\r\ntype: people\r\ntitle: Odile Marchetti\r\n---\r\n\r\n# Odile Marchetti\r\n\r\n## Key Facts\r\n\r\n- Prefers numbers before slides (my note).\r\n"
        hostile.vault.write(HostileVault.goodPerson, person)
        let meeting = self.meeting("- Odile Marchetti books 6 racks in Osaka.").replacingOccurrences(of: "\n", with: "\r\n")
        hostile.vault.write("Meetings/2025-09-20 - Osaka.md", meeting)
        let report = try hostile.runCheckingTheRestIsProcessed()
        XCTAssertEqual(report.errors, [])
        let written = try XCTUnwrap(hostile.vault.read(HostileVault.goodPerson))
        XCTAssertTrue(written.contains("6 racks in Osaka"))
        XCTAssertTrue(written.contains("- Prefers numbers before slides (my note).\r\n"))
        XCTAssertFalse(written.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "a bare LF in a CRLF note")
        XCTAssertEqual(hostile.vault.read("Meetings/2025-09-20 - Osaka.md"), meeting)
    }

    func testNoteOverFiftyMegabytesIsRejectedUnreadAndTheRestIsProcessed() throws {
        let hostile = HostileVault()
        let path = hostile.vault.url("Meetings/huge.md")
        // Sparse: 50 MB + 1 byte on paper, nothing on disk; the size check comes before any read.
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(NoteParser.defaultSizeLimit + 1))
        try handle.close()
        let started = Date()
        let report = try hostile.runCheckingTheRestIsProcessed()
        XCTAssertEqual(report.errors, ["Meetings/huge.md:1: error: "
            + ReadingProblem.tooLarge(bytes: NoteParser.defaultSizeLimit + 1, limit: NoteParser.defaultSizeLimit).message])
        XCTAssertLessThan(Date().timeIntervalSince(started), 20)
        XCTAssertEqual(FileStatus(path: path)?.size, NoteParser.defaultSizeLimit + 1)
    }

    /// 100,000 lines in 20,000 turns of five lines. One turn per line costs 0.15 ms of CPU per
    /// line in a debug build (linear: 10k/20k/40k lines 1.6/3.0/6.1 s), too slow for `make test`.
    func testHundredThousandLineTranscriptIsProcessed() throws {
        let hostile = HostileVault()
        var lines = ["---", "type: meeting", "date: 2025-09-22", "attendees: [\"[[Bruno Kessler]]\"]", "---", "", "# Long call", "",
                     "## Transcript", ""]
        for turn in 0..<20_000 {
            lines.append(turn % 2 == 0 ? "Bruno Kessler: okay, turn \(turn) of the call" : "Ines Halvorsen: right, noted")
            lines += ["and then a bit more", "about the rollout", "and the dates", "that keep moving"]
        }
        // Transcript turns are not facts; a key fact after the transcript proves it was all read.
        lines += ["", "## Key facts", "", "- Bruno Kessler closes the call with 77 racks in Quincy."]
        let text = lines.joined(separator: "\n") + "\n"
        hostile.vault.write("Meetings/2025-09-22 - Long call.md", text)
        let started = Date()
        let report = try hostile.runCheckingTheRestIsProcessed()
        XCTAssertLessThan(Date().timeIntervalSince(started), 45)
        XCTAssertEqual(report.errors, [])
        XCTAssertEqual(report.meetings, 2)
        XCTAssertTrue(try XCTUnwrap(hostile.vault.read("People/Bruno Kessler.md")).contains("77 racks in Quincy"))
        XCTAssertEqual(hostile.vault.read("Meetings/2025-09-22 - Long call.md"), text)
    }

    func testSymlinkOutsideVaultIsNotFollowed() throws {
        let hostile = HostileVault()
        try FileManager.default.createSymbolicLink(atPath: hostile.vault.url("Meetings/linked.md"),
                                                   withDestinationPath: hostile.outside.url("untouchable.md"))
        try FileManager.default.createSymbolicLink(atPath: hostile.vault.url("Elsewhere"), withDestinationPath: hostile.outside.path)
        let report = try hostile.runCheckingTheRestIsProcessed()
        XCTAssertEqual(report.errors, [])
        XCTAssertEqual(report.warnings.sorted(), ["Elsewhere:1: warning: symbolic link points outside the vault; not followed",
                                                  "Meetings/linked.md:1: warning: symbolic link points outside the vault; not followed"])
        XCTAssertNil(hostile.vault.read("People/Bruno Kessler.md"))
    }

    func testPeopleFolderSymlinkedOutsideIsNeverWritten() throws {
        let hostile = HostileVault()
        try FileManager.default.createSymbolicLink(atPath: hostile.vault.url("People"), withDestinationPath: hostile.outside.path)
        let outsideBefore = HostileVault.snapshot(hostile.outside.path)
        let report = try hostile.run()
        XCTAssertEqual(report.errors, ["People/Odile Marchetti.md: error: refusing to write outside the vault"])
        XCTAssertEqual(HostileVault.snapshot(hostile.outside.path), outsideBefore)
    }

    func testPeopleNamedLikePathsOrDevicesStayInsideThePeopleFolder() throws {
        let hostile = HostileVault()
        hostile.vault.write("Meetings/2025-09-23 - Odd names.md", """
        ---
        type: meeting
        date: 2025-09-23
        attendees: ["[[../../etc/passwd]]", "[[CON]]", "[[Rue: Vale/Ops]]", "[[../Evil Twin]]", "[[CON Aux]]"]
        ---

        # Odd names

        - Rue: Vale/Ops asks for 3 racks.
        """)
        let passwd = FileStatus(path: "/etc/passwd")
        let report = try hostile.runCheckingTheRestIsProcessed()
        XCTAssertEqual(report.errors, [])
        XCTAssertEqual(FileStatus(path: "/etc/passwd"), passwd)
        // Lone names ("CON", "passwd") get no note; the others land in People/ under safe names.
        XCTAssertEqual(report.changedFiles.sorted(), ["People/CON Aux.md", "People/Evil Twin.md", HostileVault.goodPerson])
        XCTAssertEqual(hostile.vault.allFiles().filter { !$0.hasPrefix(".meetingfacts/") }, [
            ".meetingfacts.yml", HostileVault.goodNote, "Meetings/2025-09-23 - Odd names.md",
            "People/CON Aux.md", "People/Evil Twin.md", HostileVault.goodPerson,
        ])
    }

    func testCatastrophicBacktrackingRuleIsStoppedAndNamed() throws {
        let hostile = HostileVault()
        let rules = TemporaryFolder("hostile-rules")
        rules.write("slow.yml", """
        kind: quantity
        rules:
          - id: slow.nested-plus
            pattern: '(?:a|aa)+c'
            produces: {dimension: count}
        """)
        // Exponentially many ways to split the a's, and a "c" later so PCRE2 cannot give up early.
        hostile.vault.write("Meetings/2025-09-24 - Screams.md", "---\ntype: meeting\ndate: 2025-09-24\nattendees: [\"[[Bruno Kessler]]\"]\n---\n\n- Bruno typed " + String(repeating: "a", count: 60) + "! c\n")
        let started = Date()
        let report = try hostile.runCheckingTheRestIsProcessed(rules: rules.path)
        XCTAssertLessThan(Date().timeIntervalSince(started), 30)
        XCTAssertEqual(report.errors, [])
        XCTAssertEqual(report.warnings.count, 1)
        let warning = try XCTUnwrap(report.warnings.first)
        XCTAssertEqual(warning, "Meetings/2025-09-24 - Screams.md:1: warning: [slow.nested-plus] match limit exceeded: "
                       + "the pattern backtracks catastrophically; the rule was skipped for this note")
        // The rest of that very note is still read.
        XCTAssertNotNil(hostile.vault.read("People/Bruno Kessler.md"))
    }

    func testAFIFONamedLikeANoteDoesNotHang() throws {
        let hostile = HostileVault()
        XCTAssertEqual(mkfifo(hostile.vault.url("Meetings/pipe.md"), 0o644), 0)
        let report = try hostile.runCheckingTheRestIsProcessed()
        XCTAssertEqual(report.warnings, ["Meetings/pipe.md:1: warning: not a regular file; skipped"])
    }

    func testAFolderNamedLikeANoteIsWalkedNotRead() throws {
        let hostile = HostileVault()
        hostile.vault.write("Meetings/folder.md/2025-09-25 - Inner.md", meeting("- Bruno Kessler wants 12 racks.", date: "2025-09-25"))
        let report = try hostile.runCheckingTheRestIsProcessed()
        XCTAssertEqual(report.errors, [])
        XCTAssertEqual(report.meetings, 2)
    }
}
