import Foundation
import XCTest
@testable import MeetingFacts

final class AtomicWriterTests: XCTestCase {
    func testWritesANewFileAndItsFoldersLeavingNoTempFile() throws {
        let vault = TemporaryFolder()
        let writer = AtomicWriter(vaultRoot: vault.path)
        try writer.write(Data("hello\n".utf8), to: "People/Ann Lee.md", expected: nil)
        XCTAssertEqual(vault.read("People/Ann Lee.md"), "hello\n")
        XCTAssertEqual(vault.allFiles(), ["People/Ann Lee.md"])
    }

    func testReplacesAFileUnchangedSinceItWasRead() throws {
        let vault = TemporaryFolder()
        vault.write("People/A.md", "old\n")
        let read = try XCTUnwrap(FileFingerprint.read(path: vault.url("People/A.md")))
        try AtomicWriter(vaultRoot: vault.path).write(Data("new\n".utf8), to: "People/A.md", expected: read.fingerprint)
        XCTAssertEqual(vault.read("People/A.md"), "new\n")
    }

    func testANoteEditedBetweenReadAndWriteSurvives() throws {
        let vault = TemporaryFolder()
        vault.write("People/A.md", "old\n")
        let read = try XCTUnwrap(FileFingerprint.read(path: vault.url("People/A.md")))
        vault.write("People/A.md", "edited by a person\n")
        XCTAssertThrowsError(try AtomicWriter(vaultRoot: vault.path).write(Data("new\n".utf8), to: "People/A.md", expected: read.fingerprint)) {
            XCTAssertEqual($0 as? WriteError, .changedSinceRead(path: "People/A.md"))
        }
        XCTAssertEqual(vault.read("People/A.md"), "edited by a person\n")
        XCTAssertEqual(vault.allFiles(), ["People/A.md"])
    }

    func testAFileCreatedMeanwhileIsNotClobbered() throws {
        let vault = TemporaryFolder()
        vault.write("People/A.md", "someone made this\n")
        XCTAssertThrowsError(try AtomicWriter(vaultRoot: vault.path).write(Data("ours\n".utf8), to: "People/A.md", expected: nil)) {
            XCTAssertEqual($0 as? WriteError, .appearedSinceRead(path: "People/A.md"))
        }
        XCTAssertEqual(vault.read("People/A.md"), "someone made this\n")
    }

    func testRefusesPathsLeavingTheVault() {
        let vault = TemporaryFolder()
        let outside = TemporaryFolder()
        try! FileManager.default.createSymbolicLink(atPath: vault.url("People"), withDestinationPath: outside.path)
        let writer = AtomicWriter(vaultRoot: vault.path)
        for path in ["../escape.md", "/etc/passwd", "People/x.md", "a/../../b.md"] {
            XCTAssertThrowsError(try writer.write(Data("x".utf8), to: path, expected: nil), path) {
                XCTAssertEqual($0 as? WriteError, .outsideVault(path: path))
            }
        }
        XCTAssertEqual(outside.allFiles(), [])
    }
}
