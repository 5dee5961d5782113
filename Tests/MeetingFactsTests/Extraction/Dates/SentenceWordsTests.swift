import XCTest
@testable import MeetingFacts

final class SentenceWordsTests: XCTestCase {
    private func words(_ text: String) -> [SentenceWords.Word] {
        let buffer = TextBuffer(text)
        return SentenceWords(buffer, sentence: 0..<buffer.count, excluding: 0..<0).items
    }

    /// Words are runs of ASCII letters and apostrophes: "José" gives "Jos", "Łukasz’s" gives "ukasz"
    /// and "s" (neither "Ł" nor the curly apostrophe is a word byte), a line break splits like a space.
    func testWordsAreASCIILetterRunsWithTheirLoweredFormAndCapital() {
        let found = words("José met Łukasz’s TEAM\r\nwe'll")
        XCTAssertEqual(found.map(\.text), ["Jos", "met", "ukasz", "s", "TEAM", "we", "'ll"])
        XCTAssertEqual(found.map(\.lowered), ["jos", "met", "ukasz", "s", "team", "we", "'ll"])
        XCTAssertEqual(found.map(\.isCapitalised), [true, false, false, false, true, false, false])
        XCTAssertEqual(found.map(\.range), [0..<3, 6..<9, 12..<17, 20..<21, 22..<26, 28..<33, 28..<33])
    }

    func testAPhraseOfOneWordIsTheWordAndLongerOnesAreJoined() {
        let found = words("due  to the")
        XCTAssertEqual(SentenceWords.phrase(found[0..<1]).text, "due")
        XCTAssertEqual(SentenceWords.phrase(found[0..<2]).text, "due to")
        XCTAssertEqual(SentenceWords.phrase(found[0..<3]).range, 0..<11)
    }

    func testTenseSuffixesCompareOnUTF8() {
        XCTAssertTrue(ClauseTense.hasSuffix("signed", "ed"))
        XCTAssertFalse(ClauseTense.hasSuffix("ed", "signed"))
        XCTAssertTrue(ClauseTense.hasSuffix("x", ""))
        XCTAssertFalse(ClauseTense.hasSuffix("cafe", "é"))
        XCTAssertTrue(ClauseTense.hasSuffix("shipped", "d"))
    }
}
