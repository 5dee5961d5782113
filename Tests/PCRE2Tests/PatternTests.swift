import Dispatch
import Foundation
import XCTest
@testable import PCRE2

final class PatternTests: XCTestCase {
    func testJITIsInUseOnThisMachine() throws {
        XCTAssertTrue(PCRE2Library.isJITAvailable)
        let pattern = try Pattern("[0-9]+ TB", name: "jit")
        XCTAssertTrue(pattern.isJITCompiled)
    }

    func testUTFAndUCPMakeWordCharactersUnicode() throws {
        let pattern = try Pattern(#"\bJos\w\b"#)
        let matches = try pattern.matches(in: "asked José today")
        XCTAssertEqual(matches.map(\.range), [6..<11])  // "José" is 5 bytes: é takes two
    }

    func testNamedGroupsReadBackAsByteRanges() throws {
        let pattern = try Pattern(#"(?<number>[0-9]+)\s*(?<unit>TB|PB)(?<per>/day)?"#)
        let match = try XCTUnwrap(try pattern.firstMatch(in: "≈ 100 PB"))
        XCTAssertEqual(match.range(named: "number"), 4..<7)
        XCTAssertEqual(match.range(named: "unit"), 8..<10)
        XCTAssertNil(match.range(named: "per"))
        XCTAssertEqual(match.participatingNames, ["number", "unit"])
        XCTAssertEqual(pattern.groupNames["unit"], 2)
    }

    func testMarkTellsWhichAlternativeMatched() throws {
        let pattern = try Pattern(#"(?:[0-9]+ ?GB(*MARK:size)|[0-9]+ ?Gbps(*MARK:rate))"#)
        let marks = try pattern.matches(in: "40 Gbps links, 512 GB disks").map(\.mark)
        XCTAssertEqual(marks, ["rate", "size"])
    }

    func testCompileErrorCarriesMessageAndOffset() {
        XCTAssertThrowsError(try Pattern("(abc", name: "broken")) { error in
            guard case let PatternError.compile(name, message, offset) = error else {
                return XCTFail("unexpected \(error)")
            }
            XCTAssertEqual(name, "broken")
            XCTAssertEqual(message, "missing closing parenthesis")
            XCTAssertEqual(offset, 4)
        }
    }

    func testCatastrophicPatternStopsWithALimitErrorNamingIt() throws {
        let pattern = try Pattern("(a+)+$", name: "catastrophic")
        let subject = String(repeating: "a", count: 30) + "b"
        XCTAssertThrowsError(try pattern.matches(in: subject)) { error in
            XCTAssertEqual(error as? PatternError, .matchLimit(pattern: "catastrophic"))
            XCTAssertTrue("\(error)".contains("[catastrophic]"))
        }
    }

    func testDepthLimitIsEnforcedByTheInterpreter() throws {
        let limits = MatchLimits(match: 10_000_000, depth: 10)
        let pattern = try Pattern("(a|b)*c", name: "deep", jit: false)
        XCTAssertFalse(pattern.isJITCompiled)
        XCTAssertThrowsError(try pattern.matches(in: String(repeating: "ab", count: 2_000) + "c", limits: limits)) { error in
            XCTAssertEqual(error as? PatternError, .depthLimit(pattern: "deep"))
        }
    }

    func testEmptyMatchesAdvanceOneCharacter() throws {
        let pattern = try Pattern("x*")
        XCTAssertEqual(try pattern.matches(in: "aé").map(\.range), [0..<0, 1..<1, 3..<3])
    }

    func testOneCompiledPatternIsSharedAcrossThreads() throws {
        let pattern = try Pattern(#"(?<n>[0-9]+) GPUs"#)
        let text = Array(repeating: "we need 1024 GPUs and 64 GPUs", count: 200).joined(separator: "\n")
        let expected = try pattern.matches(in: text).count
        let counts = MatchCounts()
        DispatchQueue.concurrentPerform(iterations: 8) { index in
            counts.set(index, (try? pattern.matches(in: text).count) ?? -1)
        }
        XCTAssertEqual(expected, 400)
        XCTAssertEqual(counts.values, Array(repeating: 400, count: 8))
    }
}

/// Per-thread results of the sharing test, guarded by a lock.
private final class MatchCounts: @unchecked Sendable {
    private let lock = NSLock()
    private var storage = Array(repeating: 0, count: 8)
    func set(_ index: Int, _ value: Int) { lock.lock(); storage[index] = value; lock.unlock() }
    var values: [Int] { lock.lock(); defer { lock.unlock() }; return storage }
}
