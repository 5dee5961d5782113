import Foundation
import PCRE2
import XCTest
@testable import MeetingFacts

/// The `duration` rule once matched every bare number ("5.4", "10:30", "2025-11") with an empty
/// unit, only for the interpreter to drop it; now its final `(*SKIP)(*F)` drops the match in the
/// pattern. What it must keep: every match that has a unit, and the claim a bare number makes on
/// its text (no match may start inside it), on every note we have.
final class DurationBareNumberTests: XCTestCase {
    static let guardText = "(?(?<=[0-9])(*SKIP)(*F))"

    private func texts(under folders: [String]) throws -> [(path: String, text: String)] {
        var found: [(String, String)] = []
        for folder in folders where FileManager.default.fileExists(atPath: folder) {
            let walker = FileManager.default.enumerator(atPath: folder)
            while let relative = walker?.nextObject() as? String {
                guard relative.hasSuffix(".md") else { continue }
                found.append((folder + "/" + relative, try String(contentsOfFile: folder + "/" + relative, encoding: .utf8)))
            }
        }
        if found.isEmpty { throw XCTSkip("\(folders.joined(separator: ", ")) absent") }
        return found.sorted { $0.0 < $1.0 }
    }

    /// The pattern as it was: the same text without the final guard.
    private func rules() throws -> (rule: Rule, before: Pattern) {
        let rule = try XCTUnwrap(RuleSet.shipped.rules.first { $0.id == "duration" })
        XCTAssertEqual(rule.pattern.source.components(separatedBy: DurationBareNumberTests.guardText).count, 2)
        let before = try Pattern(rule.pattern.source.replacingOccurrences(of: DurationBareNumberTests.guardText, with: ""))
        return (rule, before)
    }

    private func assertSameDurations(under folders: [String], atLeast minimumBare: Int) throws {
        let (rule, before) = try rules()
        var bare = 0, kept = 0
        var problems: [String] = []
        for (path, text) in try texts(under: folders) {
            let old = try before.matches(in: text)
            let withUnit = old.filter { $0.range(named: "unit")?.isEmpty == false }
            bare += old.count - withUnit.count
            let new = try rule.pattern.matches(in: text)
            kept += new.count
            if new.map(MatchSignature.init) != withUnit.map(MatchSignature.init) {
                problems.append("\(path): \(withUnit.count) matches with a unit before, \(new.count) now")
            }
        }
        XCTAssertEqual(problems, [])
        print("duration under \(folders.joined(separator: ", ")): \(bare) bare numbers no longer matched, \(kept) matches with a unit kept")
        XCTAssertGreaterThanOrEqual(bare, minimumBare)
        XCTAssertGreaterThan(kept, 0)
    }

    func testBareNumbersStillClaimTheirTextInTheCorpus() throws {
        try assertSameDurations(under: [RepositoryPaths.corpus + "/notes", RepositoryPaths.corpus + "/golden"], atLeast: 100)
    }

    func testBareNumbersStillClaimTheirTextInTheVaultSample() throws {
        try assertSameDurations(under: [RepositoryPaths.vaultSampleRoot], atLeast: 100)
    }

    func testBareNumbersStillClaimTheirTextInTheTranscripts() throws {
        try assertSameDurations(under: [RepositoryPaths.shared + "/data/transcripts-md"], atLeast: 3_000)
    }

    /// "10 min - 12:00" reads as the range "10 min - 12" with no unit after it: a bare number that
    /// claims its text, so no "10 min" is read from inside it, as before.
    func testABareRangeStillHidesTheUnitInsideIt() throws {
        let (rule, before) = try rules()
        let text = "Break 10 min - 12:00, then 45 minutes of review"
        let bytes = Array(text.utf8)
        func surfaces(_ matches: [Match]) -> [String] { matches.map { String(decoding: bytes[$0.range], as: UTF8.self) } }
        XCTAssertEqual(surfaces(try before.matches(in: text)), ["10 min - 12", "45 minutes"])
        XCTAssertEqual(surfaces(try rule.pattern.matches(in: text)), ["45 minutes"])
    }
}
