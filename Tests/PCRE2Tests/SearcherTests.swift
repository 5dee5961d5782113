import XCTest
@testable import PCRE2

final class SearcherTests: XCTestCase {
    private func first(_ pattern: Pattern, in text: String, from start: Int, limit: Int?, notEmpty: Bool = false) throws -> Range<Int>? {
        var subject = text
        var found: Range<Int>?
        try subject.withUTF8 { bytes in
            found = try Searcher(pattern).firstMatch(in: bytes, from: start, startLimit: limit, notEmptyAtStart: notEmpty)?.range
        }
        return found
    }

    func testTheOffsetLimitBoundsWhereAMatchStartsNotWhereItEnds() throws {
        let pattern = try Pattern("[0-9]+ TB", options: .useOffsetLimit)
        XCTAssertEqual(try first(pattern, in: "a 12 TB and 3 TB", from: 0, limit: 2), 2..<7)
        XCTAssertEqual(try first(pattern, in: "a 12 TB and 3 TB", from: 0, limit: 1), nil)
        XCTAssertEqual(try first(pattern, in: "a 12 TB and 3 TB", from: 5, limit: nil), 12..<16)
    }

    func testLookbehindSeesTheTextBeforeTheStartOffset() throws {
        let pattern = try Pattern("(?<![0-9])[0-9] TB", options: .useOffsetLimit)
        XCTAssertEqual(try first(pattern, in: "12 TB", from: 1, limit: 1), nil)
    }

    func testAnEmptyMatchAtTheStartCanBeRefused() throws {
        let pattern = try Pattern("x*", options: .useOffsetLimit)
        XCTAssertEqual(try first(pattern, in: "ab", from: 0, limit: 2), 0..<0)
        XCTAssertEqual(try first(pattern, in: "ab", from: 0, limit: 2, notEmpty: true), 1..<1)
    }

    func testTheLimitKeepsTheJIT() throws {
        let pattern = try Pattern("[0-9]+ TB", options: .useOffsetLimit)
        XCTAssertTrue(pattern.isJITCompiled)
    }
}
