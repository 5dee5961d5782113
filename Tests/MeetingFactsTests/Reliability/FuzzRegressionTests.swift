import Foundation
import XCTest
@testable import MeetingFacts

/// Inputs `make fuzz` found that crashed, each reduced to the problem and named after it.
final class FuzzRegressionTests: XCTestCase {
    /// Odile's person note with her own Key Facts line, then `tail` as the person left it, as a
    /// run over the good vault wrote it — the run reporting no error, and a second (full) run
    /// finding nothing to change.
    private static func personNoteRun(endingWith tail: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let hostile = HostileVault()
        hostile.vault.write(HostileVault.goodPerson, """
            ---
            type: people
            title: Odile Marchetti
            ---

            # Odile Marchetti

            ## Key Facts

            - Knows the tape library by heart (my note).

            """ + "\n" + tail)
        XCTAssertEqual(try hostile.run().errors, [], file: file, line: line)
        let written = try XCTUnwrap(hostile.vault.read(HostileVault.goodPerson), file: file, line: line)
        XCTAssertEqual(try hostile.run(full: true).changedFiles, [], "a second run changed the note again", file: file, line: line)
        return written
    }

    /// Found by the fuzzer (a person note whose fences no longer paired up): the section the
    /// merger added went inside the open code block, where no heading counts, and the lookup of
    /// the heading it had just added crashed the whole run.
    func testPersonNoteWithAnUnclosedCodeFenceDoesNotCrashTheRun() throws {
        let written = try Self.personNoteRun(endingWith: """
        ```text
        racks 1-12 cold, 13-20 warm
        my sketch, never closed

        """)
        // The fact goes under the person's own line, the new section before the open fence, and
        // the person's unfinished code block stays last, as written.
        XCTAssertTrue(written.contains("## Key Facts\n\n- Knows the tape library by heart (my note).\n"
            + "- Odile Marchetti expects 40 PB of archive growth by March. — [[2025-09-18 - Archive planning|2025-09-18]]\n\n"
            + "## Recent Context\n\n- 2025-09-18: [[2025-09-18 - Archive planning]] - Odile Marchetti expects 40 PB of archive growth by March.\n\n"
            + "```text\n"), written)
        XCTAssertTrue(written.hasSuffix("```text\nracks 1-12 cold, 13-20 warm\nmy sketch, never closed\n"), written)
    }

    /// Found by the fuzzer next: a `*Last updated…` line inside a closed code block was taken for
    /// the footer — the new section went inside the block (crash), and the line was rewritten.
    func testFooterLineInsideACodeBlockDoesNotCrashTheRun() throws {
        let written = try Self.personNoteRun(endingWith: """
        ```text
        *Last updated: pasted from an old export
        ```

        """)
        // The line in the code block is the person's text, not the footer: kept word for word,
        // and the new section goes at the end rather than inside the block.
        XCTAssertTrue(written.hasSuffix("- Knows the tape library by heart (my note).\n\n"
            + "```text\n*Last updated: pasted from an old export\n```\n"
            + "- Odile Marchetti expects 40 PB of archive growth by March. — [[2025-09-18 - Archive planning|2025-09-18]]\n\n"
            + "## Recent Context\n\n- 2025-09-18: [[2025-09-18 - Archive planning]] - Odile Marchetti expects 40 PB of archive growth by March.\n"), written)
    }

    /// Lena's one fact of a 2025-10-02 meeting, merged into a note she edited by hand.
    private static let lenaFact = "Lena Fischer moves 30 racks to Quincy next month."

    /// Lena's person note, her heading followed by `body` as she left it, merged with her meeting,
    /// then merged again with what the first merge remembered: the second merge must change
    /// nothing. Returns the first merge's text.
    private static func mergedTwiceTheSame(body: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try mergedTwiceTheSame("---\ntype: people\ntitle: Lena Fischer\n---\n\n# Lena Fischer\n\n" + body, file: file, line: line)
    }

    /// The same for a whole note, as the person left it.
    private static func mergedTwiceTheSame(_ note: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let planner = try PersonNotePlanner(ruleSet: .shipped)
        let day = CalendarDate(year: 2025, month: 11, day: 15)
        let record = MeetingRecord(path: "Meetings/2025-10-02 - Sync.md", linkName: "2025-10-02 - Sync",
                                   date: CalendarDate(year: 2025, month: 10, day: 2), title: "Sync",
                                   summary: "Rack moves.", attendees: ["Priya Raman", "Lena Fischer"], referenced: [],
                                   facts: [Fact(text: lenaFact, line: 10, about: ["Lena Fischer"])], topics: [])
        let once = planner.plan(for: "Lena Fischer", records: [record], existingText: note, owner: "Priya Raman", today: day)
        let twice = planner.plan(for: "Lena Fischer", records: [record], existingText: once.text, owner: "Priya Raman", today: day,
                                 previouslyWritten: once.writtenHashes)
        XCTAssertEqual(twice.text, once.text, "a second merge changed the note", file: file, line: line)
        return once.text
    }

    /// Found by the per-stage fuzzer (`corpus/fuzz-findings/merge-second-merge-adds-a-fact.bin`):
    /// a person note whose Key Facts heading sits inside a code fence left open. The first merge
    /// adds a Key Facts section above the fence — its body then ran through the whole open block —
    /// and skipped a fact as a restatement of a list line inside the code; the second merge, the
    /// section now ended by Recent Context, added it. Code is the person's text, never a fact.
    func testFactRestatedOnlyInsideAnOpenCodeFenceIsAddedByTheFirstMergeNotTheSecond() throws {
        let fact = Self.lenaFact
        let once = try Self.mergedTwiceTheSame(body: """
        ```text
        ## Key Facts
        - Lena Fischer moves 30 racks to Quincy next month.

        """)
        XCTAssertTrue(once.contains("## Key Facts\n\n- \(fact) — [[2025-10-02 - Sync|2025-10-02]]\n\n## Recent Context\n"), once)
        XCTAssertTrue(once.hasSuffix("```text\n## Key Facts\n- \(fact)\n"), once)
    }

    /// Found by the per-stage fuzzer (`corpus/fuzz-findings/merge-footer-without-its-rule-swallows-facts.bin`):
    /// the `---` rule above the footer edited away, a Key Facts section added before the footer
    /// ran to the end of the note — the facts went after `*Last updated…*`, and the Recent Context
    /// line was skipped because the Key Facts lines below already linked the meeting; the second
    /// merge, the sections now ended by the next heading, added it. The footer ends a section.
    func testSectionsAddedAboveAFooterWithoutItsRuleEndAtTheFooter() throws {
        let fact = Self.lenaFact
        let once = try Self.mergedTwiceTheSame(body: """
        We pair on capacity reviews.
        --

        *Last updated: 2025-10-01*

        """)
        XCTAssertTrue(once.contains("## Key Facts\n\n- \(fact) — [[2025-10-02 - Sync|2025-10-02]]\n\n## Recent Context\n\n"
            + "- 2025-10-02: [[2025-10-02 - Sync]] - Rack moves.\n\n"), once)
        XCTAssertTrue(once.hasSuffix("*Last updated: 2025-11-15*\n"), once)
    }

    /// Found by the per-stage fuzzer (`corpus/fuzz-findings/merge-last-line-ending-in-carriage-returns.bin`),
    /// a fault of the target, which took the line for lost: a person note whose last line has no
    /// newline and ends in several bare "\r". The merge adds its sections after that line, so the
    /// line gains the "\n" a line needs and keeps every byte the person wrote, "\r" included (read
    /// again, the last "\r" and the "\n" are a CRLF ending).
    func testLastLineEndingInCarriageReturnsKeepsEveryByteWhenSectionsFollowIt() throws {
        let last = "--\roul\u{FFFD}\r\r\r\r"
        let note = "---\ntype: people\ntitle: Lena Fischer\n---\n# Lena asked t\r\r\r---\n" + last
        let once = try Self.mergedTwiceTheSame(note)
        XCTAssertTrue(once.contains("\n# Lena asked t\r\r\r---\n" + last + "\n\n## Key Facts\n\n- \(Self.lenaFact) — [[2025-10-02 - Sync|2025-10-02]]\n"), once.debugDescription)
        let lines = NoteText(once).lines
        let index = try XCTUnwrap(lines.firstIndex { $0.content.hasPrefix("--\roul") })
        XCTAssertEqual(lines[index].content + lines[index].ending, last + "\n")
    }

    /// Found by the per-stage fuzzer (`corpus/fuzz-findings/merge-crlf-inside-a-fact.bin`), a fault
    /// of the target: it split its facts as characters, so a "\r\n" stayed inside one, the merge
    /// wrote it as two lines and the second ("```…") read back as an open code fence. The promise
    /// the target now keeps to: facts come from a meeting note one line each, CRLF or not, so a
    /// person note merged with them twice is the same.
    func testFactsOfACRLFMeetingNoteAreOneLineEachAndASecondMergeChangesNothing() throws {
        let meeting = [
            "---", "type: meeting", "date: 2025-10-02", "attendees: [\"[[Lena Fischer]]\", \"[[Priya Raman]]\"]", "---", "",
            "# Storage sync", "", "## Key facts", "",
            "- Lena Fischer moves 30 racks to Quincy next month.", "- ```text Lena Fischer keeps 2 PB on tape.", "",
        ].joined(separator: "\r\n")
        let analyzer = NoteAnalyzer(rules: .shipped, knownPeople: [KnownPerson(name: "Lena Fischer")], owner: "Priya Raman")
        let note = try NoteParser().parse(text: meeting, path: "Meetings/2025-10-02 - Storage sync.md")
        let record = analyzer.analyze(note, date: try XCTUnwrap(note.date)).record
        XCTAssertEqual(record.facts.map(\.text), ["Lena Fischer moves 30 racks to Quincy next month.", "```text Lena Fischer keeps 2 PB on tape."])
        let planner = try PersonNotePlanner(ruleSet: .shipped)
        let day = CalendarDate(year: 2025, month: 11, day: 15)
        let person = "---\r\ntype: people\r\ntitle: Lena Fischer\r\n---\r\n\r\n# Lena Fischer\r\n"
        let once = planner.plan(for: "Lena Fischer", records: [record], existingText: person, owner: "Priya Raman", today: day)
        let twice = planner.plan(for: "Lena Fischer", records: [record], existingText: once.text, owner: "Priya Raman", today: day,
                                 previouslyWritten: once.writtenHashes)
        XCTAssertEqual(twice.text, once.text, "a second merge changed the note")
        XCTAssertTrue(once.text.contains("## Key Facts\r\n\r\n- Lena Fischer moves 30 racks to Quincy next month. — [[2025-10-02 - Storage sync|2025-10-02]]\r\n"
            + "- ```text Lena Fischer keeps 2 PB on tape. — [[2025-10-02 - Storage sync|2025-10-02]]\r\n"), once.text.debugDescription)
    }

    /// Found by the per-stage fuzzer (`corpus/fuzz-findings/merge-footer-line-inside-the-frontmatter.bin`):
    /// a line starting `*Last updated:` inside the frontmatter was taken for the footer — the merge
    /// put the new sections above it, and so above the frontmatter's opening `---` (the note had no
    /// properties any more), and the line itself was rewritten with today's date. The footer is
    /// looked for after the frontmatter only.
    func testFooterLikeLineInsideTheFrontmatterIsThePersonsText() throws {
        let note = """
        ---
        type: people
        *Last updated: pasted into the properties
        title: Lena Fischer
        ---

        # Lena Fischer

        """
        let once = try Self.mergedTwiceTheSame(note)
        XCTAssertTrue(once.hasPrefix("---\ntype: people\n*Last updated: pasted into the properties\ntitle: Lena Fischer\n"), once)
        XCTAssertTrue(once.contains("---\n\n# Lena Fischer\n\n## Key Facts\n\n- \(Self.lenaFact) — [[2025-10-02 - Sync|2025-10-02]]\n"), once)
    }
}
