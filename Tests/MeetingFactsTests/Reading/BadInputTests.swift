import Foundation
import XCTest
@testable import MeetingFacts

/// Bad input never stops a run: each bad file is a diagnostic at `path:line`, generated here in a
/// temporary folder, and a scan goes on to the good notes.
final class BadInputTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("reading-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ name: String, _ bytes: [UInt8]) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url
    }

    private func diagnostic(_ name: String, _ bytes: [UInt8], parser: NoteParser = NoteParser()) throws -> String? {
        let url = try write(name, bytes)
        do {
            _ = try parser.parse(fileAt: url, path: name)
            return nil
        } catch {
            return error.description
        }
    }

    func testBrokenYAMLIsReportedAtItsLineInTheNote() throws {
        let text = "---\ndate: 2025-03-04\ntitle: [unclosed\nowner: x\n---\nBody\n"
        let message = try XCTUnwrap(diagnostic("broken.md", Array(text.utf8)))
        XCTAssertTrue(message.hasPrefix("broken.md:3: error: broken YAML frontmatter:"), message)
    }

    func testFrontmatterNeverClosedIsReported() throws {
        XCTAssertEqual(try diagnostic("open.md", Array("---\ndate: 2025-03-04\nBody\n".utf8)),
                       "open.md:1: error: " + ReadingProblem.unclosedFrontmatter.message)
    }

    func testInvalidUTF8IsReportedAtTheLineOfTheBadByte() throws {
        let bytes = Array("---\ndate: 2025-03-04\n---\nfine\n".utf8) + [0x63, 0xC3, 0x28, 0x0A]
        XCTAssertEqual(try diagnostic("latin.md", bytes), "latin.md:5: error: " + ReadingProblem.invalidUTF8.message)
    }

    func testNulByteInATextNoteIsReportedAtItsLine() throws {
        let bytes = Array("---\ndate: 2025-03-04\n---\nline four\nline".utf8) + [0] + Array(" five\n".utf8)
        XCTAssertEqual(try diagnostic("nul.md", bytes), "nul.md:5: error: " + ReadingProblem.nulByte.message)
    }

    func testBinaryFileNamedMarkdownIsReported() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52] + Array(repeating: 0, count: 64) + [0xFF, 0xFE, 0x01, 0x02]
        XCTAssertEqual(try diagnostic("image.md", png), "image.md:1: error: " + ReadingProblem.binary.message)
    }

    func testNoteOverFiftyMegabytesIsReportedUnread() throws {
        let url = folder.appendingPathComponent("huge.md")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(NoteParser.defaultSizeLimit + 1))
        try handle.close()
        do {
            _ = try NoteParser().parse(fileAt: url, path: "huge.md")
            XCTFail("a note over the limit parsed")
        } catch {
            XCTAssertEqual(error.description,
                           "huge.md:1: error: " + ReadingProblem.tooLarge(bytes: NoteParser.defaultSizeLimit + 1, limit: NoteParser.defaultSizeLimit).message)
        }
    }

    func testAScanReportsEveryBadFileAndStillReadsTheGoodNote() throws {
        _ = try write("Meetings/good.md", Array("---\ntype: meeting\ndate: 2025-03-04\n---\n# Good\n".utf8))
        _ = try write("Meetings/broken.md", Array("---\ntype: meeting\ndate: [\n---\n".utf8))
        _ = try write("Meetings/latin.md", [0x63, 0xC3, 0x28, 0x0A])
        _ = try write("Meetings/nul.md", Array("text".utf8) + [0] + Array("more".utf8))
        _ = try write("Meetings/undated.md", Array("---\ntype: meeting\n---\n# Undated\n".utf8))
        let scan = VaultScanner(root: folder, config: VaultConfig(meetings: ["Meetings"])).scan()
        XCTAssertEqual(scan.meetingNotes.map(\.title), ["Good"])
        // The flow sequence is still open at the closing fence, line 4, where YAML gives up.
        XCTAssertEqual(scan.diagnostics.map { "\($0.location)" }, ["Meetings/broken.md:4", "Meetings/latin.md:1", "Meetings/nul.md:1", "Meetings/undated.md:1"])
    }
}
