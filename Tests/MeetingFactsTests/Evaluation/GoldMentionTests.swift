import XCTest
@testable import MeetingFacts

final class GoldMentionTests: XCTestCase {
    func testSpanComesFromLineAndOccurrence() {
        let buffer = TextBuffer("# Sizing\n5 PB now, 5 PB later\nnothing\n")
        var second = GoldMention(kind: .quantity, text: "5 PB", line: 2, occurrence: 2)
        second.value = 5e15
        let mention = second.mention(in: buffer)
        XCTAssertEqual(mention?.span, [19, 23])
        XCTAssertEqual(mention?.value, 5e15)
        XCTAssertEqual(GoldMention(kind: .quantity, text: "5 PB", line: 2).mention(in: buffer)?.span, [9, 13])
    }

    func testSurfaceNotOnItsLineIsNil() {
        let buffer = TextBuffer("Dallas\nReno\n")
        XCTAssertNil(GoldMention(kind: .site, text: "Reno", line: 1).mention(in: buffer))
        XCTAssertNil(GoldMention(kind: .site, text: "Reno", line: 9).mention(in: buffer))
        XCTAssertEqual(GoldMention(kind: .site, text: "Reno", line: 2).mention(in: buffer)?.span, [7, 11])
    }

    func testMultibyteSurfaceUsesUTF8Offsets() {
        // "Budget " is 7 bytes, "€" 3, "240k and " 9: the range starts at byte 19; "–" is 3 bytes.
        let buffer = TextBuffer("Budget €240k and ~1–2 TB/s\n")
        XCTAssertEqual(GoldMention(kind: .quantity, text: "~1–2 TB/s", line: 1).mention(in: buffer)?.span, [19, 30])
    }

    func testSidecarPathReplacesTheExtension() {
        XCTAssertEqual(GoldFile.sidecarPath(ofNote: "notes/2025-04-08 - Review.md"), "notes/2025-04-08 - Review.gold.json")
    }
}

final class GoldByPathTests: XCTestCase {
    func testColumnsPlaceAMentionWithoutItsSurface() {
        let buffer = TextBuffer("# Sizing\n5 PB now, 5 PB later\n")
        var gold = GoldMention(kind: .quantity, text: "unused", line: 2)
        gold.text = nil
        gold.columns = [10, 14]
        gold.value = 5e15
        let mention = gold.mention(in: buffer)
        XCTAssertEqual(mention?.span, [19, 23])
        XCTAssertEqual(mention?.text, "5 PB")
        gold.columns = [10, 40]
        XCTAssertNil(gold.mention(in: buffer), "columns beyond the line")
        gold.columns = [10, 14]
        gold.text = "6 PB"
        XCTAssertNil(gold.mention(in: buffer), "a surface given with columns must be what they hold")
    }

    func testGoldFileNamesItsNoteByPathAndScoresOnlyItsLinesAndKinds() throws {
        let folder = TemporaryFolder("gold-by-path")
        let notes = folder.url("notes")
        let golds = folder.url("gold")
        try FileManager.default.createDirectory(atPath: notes, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: golds, withIntermediateDirectories: true)
        let note = "---\ndate: 2025-10-31\n---\n# Sync\n\nWe keep 5 PB; Dallas lands in Jan.\n\nTranscript: 9 PB in March.\n"
        try note.write(toFile: notes + "/Sync.md", atomically: true, encoding: .utf8)
        // Line 6 only: "5 PB" at columns 8..12 and "Jan" at 30..33; line 8 is outside the region.
        let gold = """
        {"note": "../notes/Sync.md", "lines": [4, 6], "kinds": ["quantity", "date"], "mentions": [
          {"kind": "quantity", "line": 6, "columns": [8, 12], "unit": "B", "value": 5e15},
          {"kind": "date", "line": 6, "columns": [30, 33], "start": "2026-01-01", "end": "2026-01-31", "grain": "month", "timex": "2026-01"}
        ]}
        """
        try gold.write(toFile: golds + "/sync.gold.json", atomically: true, encoding: .utf8)
        XCTAssertEqual(GoldFile.entries(in: golds).map(\.notePath),
                       [URL(fileURLWithPath: notes + "/Sync.md").standardizedFileURL.path])
        let evaluation = try CorpusEvaluator().evaluate(directory: golds)
        XCTAssertEqual(evaluation.goldProblems, [])
        XCTAssertEqual(evaluation.score(of: "quantity")?.strict.f1, 1)
        XCTAssertEqual(evaluation.score(of: "date")?.strict.f1, 1)
        XCTAssertEqual(evaluation.score(of: "site")?.predicted, 0, "kinds the gold leaves out are not scored")
    }

    func testGoldWhoseNoteIsMissingIsAProblemNotACrash() throws {
        let folder = TemporaryFolder("gold-missing-note")
        try #"{"note": "../nowhere/Gone.md", "mentions": []}"#.write(toFile: folder.url("gone.gold.json"), atomically: true, encoding: .utf8)
        let evaluation = try CorpusEvaluator().evaluate(directory: folder.path)
        XCTAssertEqual(evaluation.notes.count, 0)
        XCTAssertEqual(evaluation.goldProblems.count, 1)
        XCTAssertTrue(evaluation.goldProblems[0].hasSuffix("Gone.md does not exist"), evaluation.goldProblems[0])
    }
}
