import XCTest
@testable import MeetingFacts

final class TranscriptFactsLetterWordsTests: XCTestCase {
    private func byCharacters(_ line: String) -> [String] {
        line.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
    }

    func testASCIILineSplitsAtEveryNonLetter() {
        XCTAssertEqual(TranscriptFacts.letterWords("We'll ship it BY March 3rd, ok?"), ["we", "ll", "ship", "it", "by", "march", "rd", "ok"])
        XCTAssertEqual(TranscriptFacts.letterWords(""), [])
        XCTAssertEqual(TranscriptFacts.letterWords("[00:01] A-B_c@d\r"), ["a", "b", "c", "d"])
    }

    func testUnicodeLinesSplitAsCharactersDo() {
        for line in ["José will deliver by Friday", "Łukasz’s deadline: März", "naïve e\u{301}te\r\nnext", "İstanbul by Q3"] {
            XCTAssertEqual(TranscriptFacts.letterWords(line), byCharacters(line), line)
        }
        XCTAssertEqual(TranscriptFacts.letterWords("Łukasz’s deadline"), ["łukasz", "s", "deadline"])
    }
}
