import Foundation
import XCTest

/// Runs the built `meetingfacts` binary the way outside checks do, and reads its JSON.
final class ExtractContractTests: XCTestCase {
    /// The binary beside the test bundle in the build folder (`swift test` builds both).
    private var binary: URL {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let folder = runner.pathExtension == "xctest" ? runner.deletingLastPathComponent()
            : Bundle(for: Self.self).bundleURL.deletingLastPathComponent()
        return folder.appendingPathComponent("meetingfacts")
    }

    private func extract(_ arguments: [String], input: String? = nil) throws -> (status: Int32, json: [String: Any]?) {
        let process = Process()
        process.executableURL = binary
        process.arguments = ["extract"] + arguments
        let output = Pipe(), stdin = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, try? JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func testTheContractExampleGivesExactlyTheContractResult() throws {
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: binary.path), "no binary at \(binary.path)")
        let (status, json) = try extract(["--date", "2025-10-31", "--json", "-"],
                                         input: "Peak write ~1–2 TB/s; Dallas capacity lands in Jan.")
        XCTAssertEqual(status, 0)
        let mentions = try XCTUnwrap(json?["mentions"] as? [[String: Any]])
        XCTAssertEqual(mentions.map { $0["kind"] as? String }, ["quantity", "site", "date"])
        XCTAssertEqual(mentions[0]["unit"] as? String, "B/s")
        XCTAssertEqual(mentions[0]["low"] as? Double, 1e12)
        XCTAssertEqual(mentions[0]["high"] as? Double, 2e12)
        XCTAssertEqual(mentions[0]["approx"] as? Bool, true)
        XCTAssertNil(mentions[0]["value"])
        XCTAssertEqual(mentions[0]["span"] as? [Int], [11, 22])
        XCTAssertEqual(mentions[1]["name"] as? String, "Dallas")
        XCTAssertEqual(mentions[2]["start"] as? String, "2026-01-01")
        XCTAssertEqual(mentions[2]["end"] as? String, "2026-01-31")
        XCTAssertEqual(mentions[2]["grain"] as? String, "month")
        XCTAssertEqual(mentions[2]["timex"] as? String, "2026-01")
        XCTAssertEqual(json?["file"] as? String, "-")
        XCTAssertEqual(json?["date"] as? String, "2025-10-31")
    }

    func testANoteGivesAttendeesReferencedAndFacts() throws {
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: binary.path), "no binary at \(binary.path)")
        let note = RepositoryPaths.demoVault + "/Meetings/2025-11-04 - Hiring loop debrief.md"
        let (status, json) = try extract(["--json", note])
        XCTAssertEqual(status, 0)
        XCTAssertEqual(json?["date"] as? String, "2025-11-04")
        XCTAssertEqual(json?["title"] as? String, "Hiring loop debrief")
        XCTAssertEqual(json?["attendees"] as? [String], ["Priya Raman", "Lena Fischer", "Dev Malhotra"])
        XCTAssertEqual(json?["referenced"] as? [String], ["Ana Sousa"])
        let facts = try XCTUnwrap(json?["facts"] as? [[String: Any]])
        let ask = try XCTUnwrap(facts.first { ($0["text"] as? String)?.contains("Ana Sousa") == true })
        XCTAssertEqual(ask["about"] as? [String], ["Lena Fischer", "Ana Sousa"])
    }

    func testAnUnreadableNoteFailsWithOneLineAndNoJSON() throws {
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: binary.path), "no binary at \(binary.path)")
        let (status, json) = try extract(["--json", "/nonexistent/note.md"], input: "")
        XCTAssertNotEqual(status, 0)
        XCTAssertNil(json)
    }
}
