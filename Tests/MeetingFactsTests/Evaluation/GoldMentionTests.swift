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
