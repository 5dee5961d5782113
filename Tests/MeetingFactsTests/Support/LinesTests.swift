import XCTest
@testable import MeetingFacts

final class LinesTests: XCTestCase {
    func testCRLFAndLFSplitAlike() {
        XCTAssertEqual("a\r\nb\r\n\r\nc".splitLines(), ["a", "b", "", "c"])
        XCTAssertEqual("a\nb\n".splitLines(), ["a", "b", ""])
        XCTAssertEqual("".splitLines(), [""])
        XCTAssertEqual("é\r\n".splitLines(), ["é", ""])
    }
}
