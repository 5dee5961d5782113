import Foundation
import XCTest
@testable import MeetingFacts

/// A small vault for the hostile-input matrix: a config, one good meeting note whose facts must
/// reach a person note whatever else is in the vault, and a folder beside the vault that no run
/// may touch. Each test adds one hostile thing and checks the four promises: a clear error
/// naming the file, the rest processed, nothing outside the vault touched, originals intact.
final class HostileVault {
    let vault = TemporaryFolder("hostile-vault")
    let outside = TemporaryFolder("hostile-outside")
    static let today = CalendarDate(year: 2025, month: 11, day: 15)
    static let goodNote = "Meetings/2025-09-18 - Archive planning.md"
    static let goodPerson = "People/Odile Marchetti.md"

    init() {
        vault.write(".meetingfacts.yml", "owner: Ines Halvorsen\nmeetings:\n  - \"Meetings/**\"\npeople: \"People/{name}.md\"\n")
        vault.write(HostileVault.goodNote, """
        ---
        type: meeting
        date: 2025-09-18
        attendees: ["[[Odile Marchetti]]", "[[Ines Halvorsen]]"]
        ---

        # Archive planning

        ## Key facts

        - Odile Marchetti expects 40 PB of archive growth by March.

        """)
        outside.write("untouchable.md", "---\ntype: meeting\ndate: 2025-09-19\n---\n\n- Bruno Kessler moves 900 racks to Quincy.\n")
    }

    /// Every file below a folder with its bytes and modification time.
    static func snapshot(_ path: String) -> [String: String] {
        var entries: [String: String] = [:]
        let walker = FileManager.default.enumerator(atPath: path)
        while let relative = walker?.nextObject() as? String {
            let full = path + "/" + relative
            let status = FileStatus(path: full)
            let bytes = FileManager.default.contents(atPath: full).map { ContentHash(bytes: $0).description } ?? "-"
            entries[relative] = "\(bytes) \(status?.modified ?? -1)"
        }
        return entries
    }

    func run(rules: String? = nil, full: Bool = false) throws -> RunReport {
        var options = RunOptions(vault: vault.path, today: HostileVault.today)
        options.rulesDirectory = rules
        options.full = full
        return try VaultRun(options: options).execute()
    }

    /// Runs the vault and checks what every hostile case promises besides its own error.
    func runCheckingTheRestIsProcessed(rules: String? = nil, file: StaticString = #filePath, line: UInt = #line) throws -> RunReport {
        let outsideBefore = HostileVault.snapshot(outside.path)
        let report = try run(rules: rules)
        let person = vault.read(HostileVault.goodPerson) ?? ""
        XCTAssertTrue(person.contains("40 PB of archive growth"), "the good note was not processed", file: file, line: line)
        XCTAssertEqual(HostileVault.snapshot(outside.path), outsideBefore, "something outside the vault changed", file: file, line: line)
        XCTAssertEqual(temporaryFiles(), [], "a temp file was left", file: file, line: line)
        return report
    }

    /// Puts one hostile file of these bytes in the vault and runs it (`runCheckingTheRestIsProcessed`);
    /// checks, too, that the run left the file's bytes as they were.
    func run(withHostileFile relative: String, _ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) throws -> RunReport {
        writeBytes(relative, bytes)
        let report = try runCheckingTheRestIsProcessed(file: file, line: line)
        XCTAssertEqual(self.bytes(relative), bytes, "the hostile file changed", file: file, line: line)
        return report
    }

    /// Hidden temp files of the atomic writer left anywhere in the vault.
    func temporaryFiles() -> [String] {
        vault.allFiles().filter { StaleTemporaryFiles.ownerProcess(ofFileNamed: ($0 as NSString).lastPathComponent) != nil }
    }

    @discardableResult
    func writeBytes(_ relative: String, _ bytes: [UInt8]) -> String {
        let full = vault.url(relative)
        try! FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try! Data(bytes).write(to: URL(fileURLWithPath: full))
        return full
    }

    func bytes(_ relative: String) -> [UInt8]? {
        FileManager.default.contents(atPath: vault.url(relative)).map(Array.init)
    }
}
