import Foundation
import XCTest
@testable import MeetingFacts

/// The real notes of ../shared/data: every one parses, by path (skipped when the folder is absent).
final class VaultSampleTests: XCTestCase {
    private static let shared = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/data")

    private func markdownFiles(in folder: String) throws -> [URL] {
        let url = VaultSampleTests.shared.appendingPathComponent(folder)
        guard FileManager.default.fileExists(atPath: url.path) else { throw XCTSkip("\(url.path) is absent") }
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
        return names.filter { $0.hasSuffix(".md") && $0 != "SOURCE.md" }.sorted().map { url.appendingPathComponent($0) }
    }

    /// Every vault-sample note with a date parses with a title, sections and the people its
    /// frontmatter lists; the ones with a transcript have turns and a named speaker. A note with
    /// no date anywhere is reported at line 1 and skipped.
    func testEveryVaultSampleNoteParsesWithDateTitleAttendeesAndSections() throws {
        let files = try markdownFiles(in: "vault-sample/Transcripts")
        XCTAssertEqual(files.count, 72)
        let parser = NoteParser()
        var parsed: [MeetingNote] = []
        var skipped: [Diagnostic] = []
        for file in files {
            do {
                let note = try parser.parse(fileAt: file, path: file.lastPathComponent)
                parsed.append(note)
                XCTAssertFalse(note.title.isEmpty, note.path)
                let listed = Frontmatter.scalars(in: note.frontmatter.node("entities", "people")).compactMap(AttendeeName.normalized)
                for person in listed { XCTAssertTrue(note.attendees.contains(person), "\(note.path): \(person)") }
                if note.sections.contains(where: { $0.kind == .transcript }) {
                    XCTAssertFalse(note.turns.isEmpty, note.path)
                }
                XCTAssertFalse(note.attendees.contains { $0 == "Remote" || $0.contains(" :") || $0.hasSuffix(".") }, "\(note.path): \(note.attendees)")
            } catch {
                skipped.append(error as! Diagnostic)
            }
        }
        // The one note without frontmatter, a dated name or a dated title is skipped, not dated today.
        XCTAssertEqual(skipped.map(\.description), ["Jason Lior Weekly Call.md:1: error: " + ReadingProblem.noDate.message])
        // The totals measured when the reader was written: a change in any of them is a change in reading.
        XCTAssertEqual(parsed.count, 71)
        XCTAssertEqual(parsed.map(\.turns.count).reduce(0, +), 2_264)
        XCTAssertEqual(parsed.map(\.tasks.count).reduce(0, +), 581)
        XCTAssertEqual(parsed.map(\.sections.count).reduce(0, +), 475)
        let withoutAttendee = parsed.filter { $0.attendees.isEmpty }.map(\.linkName)
        let emptyBodies = parsed.filter { $0.sections.isEmpty }.map(\.linkName)
        let speakers = Set(parsed.flatMap(\.transcriptSpeakers))
        print("vault-sample: \(files.count) files, \(parsed.count) parsed, \(skipped.count) skipped; "
              + "turns \(parsed.map(\.turns.count).reduce(0, +)), tasks \(parsed.map(\.tasks.count).reduce(0, +)), "
              + "sections \(parsed.map(\.sections.count).reduce(0, +)), distinct speakers \(speakers.count): \(speakers.sorted()); "
              + "notes with a transcript section \(parsed.filter { !$0.sections(.transcript).isEmpty }.count); "
              + "without any attendee \(withoutAttendee.count): \(withoutAttendee); empty body \(emptyBodies)")
    }

    /// Every QMSum and Earnings-21 note parses with its date, title, declared attendees and
    /// `**Speaker:**` turns, each declared attendee speaking.
    func testEveryTranscriptsMarkdownNoteParses() throws {
        let files = try markdownFiles(in: "transcripts-md/qmsum") + markdownFiles(in: "transcripts-md/earnings21")
        let parser = NoteParser()
        var turns = 0, speakers = 0, failures: [String] = []
        for file in files {
            do {
                let note = try parser.parse(fileAt: file, path: file.lastPathComponent)
                XCTAssertNotNil(note.date, note.path)
                XCTAssertFalse(note.title.isEmpty, note.path)
                XCTAssertFalse(note.turns.isEmpty, note.path)
                XCTAssertFalse(note.declaredAttendees.isEmpty, note.path)
                // Committee speakers carry their riding or office: "Hon. A B (Riding, Party)", "The Chair (Hon. A B)".
                for person in note.declaredAttendees {
                    XCTAssertTrue(note.transcriptSpeakers.contains { $0.contains(person) }, "\(note.path): \(person)")
                }
                turns += note.turns.count
                speakers += note.transcriptSpeakers.count
            } catch {
                failures.append((error as? Diagnostic)?.description ?? "\(error)")
            }
        }
        XCTAssertEqual(failures, [])
        print("transcripts-md: \(files.count) files, \(failures.count) failures, turns \(turns), speakers per note summed \(speakers)")
    }
}
