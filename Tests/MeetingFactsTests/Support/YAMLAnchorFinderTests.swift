import XCTest
@testable import MeetingFacts

final class YAMLAnchorFinderTests: XCTestCase {
    private func use(_ yaml: String) -> String? {
        YAMLAnchorFinder.firstUse(in: yaml).map { "\($0.line):\($0.column) \($0.written)" }
    }

    func testFindsAnchorsOnScalarsListsAndMappings() {
        XCTAssertEqual(use("a: 1\nb: &x 2\n"), "2:4 anchor '&x'")
        XCTAssertEqual(use("a:\n  - &list [1, 2]\n"), "2:5 anchor '&list'")
        XCTAssertEqual(use("base: &base\n  k: v\n"), "1:7 anchor '&base'")
    }

    func testFindsAnAliasEvenWhenItsAnchorIsMissing() {
        XCTAssertEqual(use("a: 1\nb: *nowhere\n"), "2:4 alias '*nowhere'")
        XCTAssertEqual(use("a: [1, *x]\n"), "1:8 alias '*x'")
        XCTAssertEqual(use("<<: *base\n"), "1:5 alias '*base'")
    }

    func testAmpersandsAndStarsThatAreTextAreNotAnchors() {
        XCTAssertNil(use("title: R&D & co\nnote: a * b *c\n"))
        XCTAssertNil(use("q: '&x'\nd: \"*y\"\n"))
        XCTAssertNil(use("# &commented\nblock: |\n  *not an alias\n  &nor an anchor\n"))
        XCTAssertNil(use("tags: [a&b, c*d]\n"))
    }

    func testBrokenYAMLBeforeAnyAnchorIsLeftToTheComposer() {
        XCTAssertNil(use("a: [unclosed\nb: &x 1\n"))
        XCTAssertNil(use(""))
    }
}
