import Foundation
import XCTest

/// `make man`: scripts/man-page turns the argument parser's generated manual into the man page
/// with EXIT STATUS (every status `run --help` lists), FILES and EXAMPLES.
final class ManPageTests: XCTestCase {
    /// The shape swift-argument-parser's generate-manual writes: the run help's discussion inside
    /// DESCRIPTION and a one-line EXIT STATUS section at the end.
    private let generated = """
    .Dt MEETINGFACTS 1
    .Sh DESCRIPTION
    .Bl -tag -width 6n
    .It Em run
    Write what new or changed meeting notes say onto person notes.
    .Pp
    Exit status:
      0   all went well; with --exit-code, also nothing to change
      75  another run holds the lock .meetingfacts/lock
    .Bl -tag -width 6n
    .It Ar vault
    The vault folder.
    .El
    .El
    .Sh "EXIT STATUS"
    .Ex -std
    """

    private func manPage() throws -> String {
        let folder = TemporaryFolder("man")
        let input = folder.write("meetingfacts.1", generated + "\n")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: RepositoryPaths.root + "/scripts/man-page")
        process.arguments = [input]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        return String(decoding: data, as: UTF8.self)
    }

    func testTheManPageHasExitStatusFilesAndExamples() throws {
        let page = try manPage()
        let headings = page.split(separator: "\n").filter { $0.hasPrefix(".Sh ") }
        XCTAssertEqual(headings, [".Sh DESCRIPTION", ".Sh EXIT STATUS", ".Sh FILES", ".Sh EXAMPLES"])
        XCTAssertFalse(page.contains("Exit status:"))
        XCTAssertFalse(page.contains(".Ex -std"))
        XCTAssertTrue(page.contains(".It Ar vault\nThe vault folder.\n"))
        XCTAssertTrue(page.contains(".It Pa VAULT/.meetingfacts.yml\n"))
        XCTAssertTrue(page.contains(".It Pa VAULT/.meetingfacts/state.sqlite\n"))
        XCTAssertTrue(page.contains(".Dl meetingfacts run ~/Vault --dry-run --color always | less -R\n"))
    }

    func testEveryExitStatusOfRunHelpIsInTheManPage() throws {
        let page = try manPage()
        let help = try MeetingFactsBinary.run(["run", "--help"]).stdout
        let statuses = help.split(separator: "\n").compactMap { line -> String? in
            let words = line.split(separator: " ")
            guard line.hasPrefix("  "), let first = words.first, Int(first) != nil else { return nil }
            return String(first)
        }
        XCTAssertEqual(statuses, ["0", "1", "2", "3", "4", "75"])
        let items = page.split(separator: "\n").filter { $0.hasPrefix(".It ") && Int($0.dropFirst(4)) != nil }.map { String($0.dropFirst(4)) }
        XCTAssertEqual(items, statuses)
    }
}
