import Foundation
import XCTest
@testable import MeetingFacts

/// The anchored engine (one Vectorscan pass, PCRE2 confirming near hits) must find exactly what
/// the reference engine (every rule a full PCRE2 scan) finds, mention for mention. Run on the
/// notes we wrote (`corpus/`) and on the real vault sample, so a rule change anywhere keeps this
/// check meaningful.
final class AnchoredEngineTests: XCTestCase {
    private static let date = CalendarDate(year: 2025, month: 10, day: 31)
    private static let anchored = Extractor(rules: .shipped, engine: .anchored)
    private static let reference = Extractor(rules: .shipped, engine: .reference)

    private func markdownFiles(under folder: String) -> [String] {
        var paths: [String] = []
        let walker = FileManager.default.enumerator(atPath: folder)
        while let relative = walker?.nextObject() as? String {
            guard relative.hasSuffix(".md") else { continue }
            paths.append((folder as NSString).appendingPathComponent(relative))
        }
        return paths.sorted()
    }

    /// The first difference between the engines on each file, by path.
    private func differences(in paths: [String]) throws -> [String] {
        var found: [String] = []
        for path in paths {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let context = ExtractionContext(text: text, referenceDate: AnchoredEngineTests.date, rules: .shipped)
            let anchored = AnchoredEngineTests.anchored.extract(context, path: path)
            let reference = AnchoredEngineTests.reference.extract(context, path: path)
            XCTAssertEqual(anchored.diagnostics, reference.diagnostics, path)
            XCTAssertEqual(anchored.matches, reference.matches, "rule matches in \(path)")
            let pairs = [("mention", anchored.mentions, reference.mentions),
                         ("name candidate", anchored.nameCandidates.map(\.mention), reference.nameCandidates.map(\.mention)),
                         ("contender", anchored.contenders.map(\.mention), reference.contenders.map(\.mention))]
            for (what, mine, theirs) in pairs where mine != theirs {
                let index = (0..<min(mine.count, theirs.count)).first { mine[$0] != theirs[$0] } ?? min(mine.count, theirs.count)
                let left = index < mine.count ? "\(mine[index].kind) \"\(mine[index].text)\" \(mine[index].span) [\(mine[index].rule ?? "")]" : "nothing"
                let right = index < theirs.count ? "\(theirs[index].kind) \"\(theirs[index].text)\" \(theirs[index].span) [\(theirs[index].rule ?? "")]" : "nothing"
                found.append("\(path): \(what) \(index + 1): anchored \(left), reference \(right)")
            }
        }
        return found
    }

    func testTheEnginesAgreeOnEveryCorpusNote() throws {
        let paths = markdownFiles(under: RepositoryPaths.corpus)
        XCTAssertGreaterThan(paths.count, 40)
        XCTAssertEqual(try differences(in: paths), [])
    }

    func testTheEnginesAgreeOnEveryVaultSampleNote() throws {
        let paths = markdownFiles(under: RepositoryPaths.vaultSampleRoot)
        try XCTSkipIf(paths.isEmpty, "no vault sample at \(RepositoryPaths.vaultSampleRoot)")
        XCTAssertEqual(try differences(in: paths), [])
    }

    func testTheAnchoredEngineRunsMostRulesOnTheirAnchors() throws {
        let text = "Priya said the 3 racks cost $40k and ship in Q3 2026, two weeks after March 4."
        let result = AnchoredEngineTests.anchored.extract(ExtractionContext(text: text, referenceDate: AnchoredEngineTests.date, rules: .shipped))
        let statistics = result.anchorStatistics
        XCTAssertGreaterThan(statistics.atomHits, 0)
        XCTAssertGreaterThan(statistics.confirmations, 0)
        let unanchored = RuleSet.shipped.rules.filter { $0.anchor == nil && $0.tokenizer == nil }.count
        XCTAssertEqual(statistics.fullScans, unanchored)
        XCTAssertEqual(result.mentions, AnchoredEngineTests.reference.extract(
            ExtractionContext(text: text, referenceDate: AnchoredEngineTests.date, rules: .shipped)).mentions)
    }
}
