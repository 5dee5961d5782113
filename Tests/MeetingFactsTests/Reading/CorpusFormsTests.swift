import Foundation
import XCTest
@testable import MeetingFacts

/// The notes of corpus/forms, one per way of writing a meeting note, read as a user would check them.
final class CorpusFormsTests: XCTestCase {
    private static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpus/forms")

    private func note(_ name: String) throws -> MeetingNote {
        try NoteParser().parse(fileAt: CorpusFormsTests.folder.appendingPathComponent(name), path: name)
    }

    func testFullNoteWithEverySectionTasksAndBoldTranscript() throws {
        let note = try note("2025-03-04 - Harbor storage review.md")
        XCTAssertEqual(note.date?.iso, "2025-03-04")
        XCTAssertEqual(note.title, "Harbor storage review")
        XCTAssertEqual(note.type, "meeting")
        XCTAssertEqual(note.topics, ["cold tier sizing", "rack power"])
        XCTAssertEqual(note.canonical, "2025-03-04 - Harbor storage review (draft)")
        XCTAssertEqual(note.attendees, ["Marta Okafor", "Deshawn Pike", "Ilse Varga", "tomasz.reyes@example.org"])
        XCTAssertEqual(note.sections.map(\.kind), [.other, .summary, .keyFacts, .keyFacts, .outcomes, .decisions, .actionItems,
                                                   .followUps, .risks, .openQuestions, .transcript])
        XCTAssertEqual(note.summary, "Marta walked the group through the Harbor cold tier. The team agreed to size it at roughly 40 PB for the first year.")
        XCTAssertEqual(note.tasks.map(\.owners), [["Marta Okafor"], ["Deshawn Pike"], ["Northwind Labs (Ilse Varga)"], ["Tomasz Reyes"],
                                                  ["Kenji Albrecht"], ["Storage Ops team"]])
        XCTAssertEqual(note.tasks.map(\.status), [.open, .done, .open, .cancelled, .inProgress, .open])
        XCTAssertEqual(note.tasks.compactMap(\.due).map(\.iso), ["2025-03-11", "2025-03-20", "2025-03-14"])
        XCTAssertEqual(note.turns.map(\.speaker), ["Marta Okafor", "Deshawn Pike", "Marta Okafor"])
        XCTAssertEqual(note.turns[1].text, "I have the rack numbers here. They came in this morning.")
        XCTAssertEqual(note.turns.map(\.line), [65, 66, 68])
    }

    func testFileNameWithSpacedTimeAndTimestampedTranscript() throws {
        let note = try note("2025-03-05 14 30 - Quarry sync.md")
        XCTAssertEqual(note.date?.iso, "2025-03-05")
        XCTAssertEqual(note.title, "Quarry sync")
        XCTAssertEqual(note.turns.map(\.speaker), ["Priya Raman", "Kenji Albrecht", "Remote", "Priya Raman", "Kenji Albrecht",
                                                   "Parallels Desktop", "Remote"])
        XCTAssertEqual(note.turns[3].text, "um, let's look at the cutover.")
        XCTAssertEqual(note.transcriptSpeakers, ["Priya Raman", "Kenji Albrecht", "Remote", "Parallels Desktop"])
        XCTAssertEqual(note.attendees, ["Priya Raman", "Kenji Albrecht"])
    }

    func testFileNameWithColonTimeAndBracketedSpeakers() throws {
        let note = try note("2025-03-06 09:15 - Lantern pricing call.md")
        XCTAssertEqual(note.date?.iso, "2025-03-06")
        XCTAssertEqual(note.title, "Lantern pricing call")
        XCTAssertEqual(note.turns.map(\.speaker), ["Oskar Lindqvist", "Mei Tanaka", "Oskar Lindqvist"])
        XCTAssertEqual(note.attendees, ["Oskar Lindqvist", "Mei Tanaka"])
    }

    func testDateTimeWithOffsetAndChevronSpeakers() throws {
        let note = try note("Orchard kickoff.md")
        XCTAssertEqual(note.date?.iso, "2025-03-07")
        XCTAssertEqual(note.turns.map(\.speaker), ["Rosa Delgado", "Amir Haddad", "Rosa Delgado"])
    }

    func testTypeTagQuotedDateAndNumberedSpeakers() throws {
        let note = try note("Ferry standup.md")
        XCTAssertEqual(note.type, "meeting")
        XCTAssertEqual(note.date?.iso, "2025-03-10")
        XCTAssertEqual(note.transcriptSpeakers, ["Speaker 1", "Lena Fischer", "Speaker 2"])
        XCTAssertEqual(note.attendees, ["Lena Fischer"])
    }

    func testOneOnOneTitleWithoutFrontmatter() throws {
        let note = try note("Tidewater check-in.md")
        XCTAssertEqual(note.date?.iso, "2025-03-12")
        XCTAssertEqual(note.attendees, ["Noor Rahimi"])
        XCTAssertEqual(note.frontmatterLineCount, 0)
        XCTAssertEqual(note.tasks.first?.due?.iso, "2025-03-19")
    }

    func testNoteWithoutADateIsSkippedWithADiagnostic() {
        XCTAssertThrowsError(try note("Loose thoughts.md")) {
            XCTAssertEqual(($0 as? Diagnostic)?.description, "Loose thoughts.md:1: error: " + ReadingProblem.noDate.message)
        }
    }
}
