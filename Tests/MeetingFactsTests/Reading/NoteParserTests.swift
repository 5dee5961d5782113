import XCTest
@testable import MeetingFacts

final class NoteParserTests: XCTestCase {
    private let parser = NoteParser()

    private func parse(_ text: String, path: String = "Meetings/Note.md") throws -> MeetingNote {
        try parser.parse(text: text, path: path)
    }

    private func problem(_ text: String, path: String = "Meetings/Note.md") -> String? {
        do {
            _ = try parser.parse(text: text, path: path)
            return nil
        } catch {
            return error.description
        }
    }

    // MARK: dates

    func testUnquotedFrontmatterDateIsACalendarDate() throws {
        XCTAssertEqual(try parse("---\ndate: 2025-03-04\n---\nBody").date, CalendarDate(year: 2025, month: 3, day: 4))
    }

    func testQuotedFrontmatterDate() throws {
        XCTAssertEqual(try parse("---\ndate: '2025-03-04'\n---\nBody").date?.iso, "2025-03-04")
        XCTAssertEqual(try parse("---\ndate: \"2025/03/04\"\n---\nBody").date?.iso, "2025-03-04")
    }

    func testDateTimeWithOffsetKeepsTheDayAsWrittenLateAtNightWestOfGreenwich() throws {
        XCTAssertEqual(try parse("---\ndate: 2025-03-07T23:30:00-08:00\n---\nBody").date?.iso, "2025-03-07")
        XCTAssertEqual(try parse("---\ndate: 2025-03-08T00:15:00+09:00\n---\nBody").date?.iso, "2025-03-08")
        XCTAssertEqual(try parse("---\ndate: 2025-03-08 07:00\n---\nBody").date?.iso, "2025-03-08")
    }

    func testFileNameGivesTheDateWhenTheFrontmatterHasNone() throws {
        XCTAssertEqual(try parse("Body", path: "M/2025-03-05 - Quarry sync.md").date?.iso, "2025-03-05")
        XCTAssertEqual(try parse("Body", path: "M/2025-03-05 14 30 - Quarry sync.md").date?.iso, "2025-03-05")
        XCTAssertEqual(try parse("Body", path: "M/2025-03-05 14:30 - Quarry sync.md").date?.iso, "2025-03-05")
    }

    func testFrontmatterDateWinsOverTheFileName() throws {
        XCTAssertEqual(try parse("---\ndate: 2025-03-09\n---\n", path: "2025-03-05 - X.md").date?.iso, "2025-03-09")
    }

    func testOneOnOneTitleGivesTheDateAndTheAttendee() throws {
        let note = try parse("# 1:1 — Noor Rahimi — 2025-03-12\n\nText")
        XCTAssertEqual(note.date?.iso, "2025-03-12")
        XCTAssertEqual(note.declaredAttendees, ["Noor Rahimi"])
        XCTAssertEqual(note.title, "1:1 — Noor Rahimi — 2025-03-12")
    }

    func testNoteWithoutAnyDateIsReportedNotDatedToday() {
        XCTAssertEqual(problem("# Loose thoughts\n\nNo date.", path: "Inbox/Loose thoughts.md"),
                       "Inbox/Loose thoughts.md:1: error: " + ReadingProblem.noDate.message)
        XCTAssertEqual(ReadingProblem.noDate.message, "no date in the frontmatter, the file name or the title; skipped "
                       + "(add `date: YYYY-MM-DD` to the frontmatter, or start the file name with the date: `YYYY-MM-DD - Title.md`)")
    }

    func testAFileNamedForAMonthIsDatedToThatMonth() throws {
        let named = try parse("---\ndate: soon\n---\n", path: "Inbox/2025-03 - Month only.md")
        XCTAssertEqual(named.date?.iso, "2025-03-01")
        XCTAssertTrue(named.dateIsMonth)
        XCTAssertEqual(named.title, "Month only")
        // The 1st of the month in the frontmatter stands in for the month the name gives.
        XCTAssertTrue(try parse("---\ndate: '2025-10-01'\n---\n", path: "2025-10 - Tomer Hagay.md").dateIsMonth)
        // Another day of the month in the frontmatter is a real day.
        let day = try parse("---\ndate: 2025-10-14\n---\n", path: "2025-10 - Tomer Hagay.md")
        XCTAssertEqual(day.date?.iso, "2025-10-14")
        XCTAssertFalse(day.dateIsMonth)
        XCTAssertFalse(try parse("x", path: "2025-10-14 - Sync.md").dateIsMonth)
        XCTAssertEqual(NoteFileName("2025-10.md").date?.iso, "2025-10-01")
        XCTAssertNil(NoteFileName("2025-10-3 - Sync.md").date)
        XCTAssertNil(NoteFileName("2025-13 - Sync.md").date)
        XCTAssertNil(NoteFileName("2025-101 - Sync.md").date)
    }

    func testNoteWithoutADateIsReturnedUndatedWhenTheCallerSuppliesTheDate() throws {
        let note = try parser.parse(text: "Plain text on standard input.", path: "-", requireDate: false)
        XCTAssertNil(note.date)
        XCTAssertEqual(note.title, "-")
    }

    // MARK: title and names

    func testTitleFromFrontmatterThenFirstH1ThenFileName() throws {
        XCTAssertEqual(try parse("---\ntitle: Given\ndate: 2025-03-04\n---\n# Heading\n").title, "Given")
        XCTAssertEqual(try parse("---\ndate: 2025-03-04\n---\n## Sub\n# Heading\n").title, "Heading")
        XCTAssertEqual(try parse("Body", path: "M/2025-03-05 14 30 - Quarry sync.md").title, "Quarry sync")
        let note = try parse("Body", path: "M/2025-03-05 14 30 - Quarry sync.md")
        XCTAssertEqual(note.fileName, "2025-03-05 14 30 - Quarry sync.md")
        XCTAssertEqual(note.linkName, "2025-03-05 14 30 - Quarry sync")
    }

    func testAttendeesAsPlainNamesWikilinksAliasesFoldersAndEmails() throws {
        let note = try parse("""
        ---
        date: 2025-03-04
        attendees: [Marta Okafor, "[[Deshawn Pike]]", "[[People/Ilse Varga|Ilse]]", tomasz.reyes@example.org]
        participants: Rui Costa
        entities:
          people:
            - '[[Lena Fischer]]'
        ---
        **Participants:** Amir Haddad, [[Mei Tanaka]]
        """)
        XCTAssertEqual(note.declaredAttendees, ["Marta Okafor", "Deshawn Pike", "Ilse Varga", "tomasz.reyes@example.org",
                                                "Rui Costa", "Lena Fischer", "Amir Haddad", "Mei Tanaka"])
    }

    func testSelfReferenceInAttendeesIsNotAnAttendee() throws {
        let note = try parse("---\ndate: 2025-03-04\nparticipants: [Rosa Delgado, Myself]\n---\n")
        XCTAssertEqual(note.declaredAttendees, ["Rosa Delgado", "Myself"])
        XCTAssertEqual(note.attendees, ["Rosa Delgado"])
    }

    func testTypeProjectTopicsAndCanonical() throws {
        let note = try parse("""
        ---
        date: 2025-03-04
        tags: [ferry, type/meeting]
        project: "[[Harbor]]"
        topics: [cold tier, rack power]
        canonical: "[[2025-03-04 - Harbor review]]"
        ---
        """)
        XCTAssertEqual(note.type, "meeting")
        XCTAssertEqual(note.topics, ["cold tier", "rack power"])
        XCTAssertEqual(note.canonical, "2025-03-04 - Harbor review")
        XCTAssertEqual(note.frontmatterLineCount, 7)
        XCTAssertEqual(note.frontmatter.rawLines.first, "date: 2025-03-04")
    }

    // MARK: sections

    func testSectionsByHeadingWithKindsAndLineNumbers() throws {
        let note = try parse("""
        ---
        date: 2025-03-04
        ---
        # Title
        ## Summary
        First line
        of the summary.

        Second paragraph.
        ## Key takeaways
        - A fact.
        ### Background facts
        - Another.
        ### Loose notes
        - Inherits the kind.
        ## Outcomes
        ## Decisions
        ## Action items (for Rosa)
        ## Follow-ups
        ## Risks
        ## Open questions
        ## Transcript (auto)
        ```text
        ## not a heading inside a fence
        ```
        ## Parking lot
        """)
        XCTAssertEqual(note.sections.map(\.kind), [.other, .summary, .keyFacts, .keyFacts, .keyFacts, .outcomes, .decisions,
                                                   .actionItems, .followUps, .risks, .openQuestions, .transcript, .other])
        XCTAssertEqual(note.sections[1].headingLine, 5)
        XCTAssertEqual(note.sections[1].lines.map(\.number), [6, 7, 8, 9])
        XCTAssertEqual(note.sections[2].lines.first?.text, "- A fact.")
        XCTAssertEqual(note.sections[11].lines.count, 3)
        XCTAssertEqual(note.summary, "First line of the summary.")
    }

    func testSummaryFallsBackToTheFirstParagraphOfTheBody() throws {
        XCTAssertEqual(try parse("---\ndate: 2025-03-04\n---\n# T\n\n> [!info] a callout\n\nOpening words\nhere.\n\nMore.").summary,
                       "Opening words here.")
    }

    func testTasksAreCollectedWithTheirLines() throws {
        let note = try parse("---\ndate: 2025-03-04\n---\n## Action items\n- [ ] One @Rui Costa 📅 2025-03-10\n- [x] Two ✅ 2025-03-05\n")
        XCTAssertEqual(note.tasks.map(\.line), [5, 6])
        XCTAssertEqual(note.tasks.first?.owners, ["Rui Costa"])
    }

    func testCarriageReturnLineEndingsAndByteOrderMark() throws {
        let text = try parser.decode(Array("\u{FEFF}---\r\ndate: 2025-03-04\r\n---\r\n# Crlf note\r\n".utf8), path: "x.md")
        let note = try parser.parse(text: text, path: "x.md")
        XCTAssertEqual(note.date?.iso, "2025-03-04")
        XCTAssertEqual(note.title, "Crlf note")
    }
}
