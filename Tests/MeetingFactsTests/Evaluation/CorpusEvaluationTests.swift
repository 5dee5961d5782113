import Foundation
import XCTest
@testable import MeetingFacts

/// Runs the evaluation on corpus/notes and holds every kind to the strict F1 floor recorded in
/// corpus/eval-floors.json (the figures BENCHMARKS.md reports).
final class CorpusEvaluationTests: XCTestCase {
    private struct Floors: Decodable {
        var strictF1: [String: Double]
    }

    private static let notes = RepositoryPaths.corpus + "/notes"

    func testCorpusHasFortyAnnotatedNotesWhoseGoldIsPlaced() throws {
        let evaluation = try CorpusEvaluator().evaluate(directory: CorpusEvaluationTests.notes)
        XCTAssertGreaterThanOrEqual(evaluation.notes.count, 40)
        XCTAssertEqual(evaluation.goldProblems, [])
        for kind in Scorer.kinds.map(\.rawValue) {
            XCTAssertGreaterThan(evaluation.score(of: kind)?.gold ?? 0, 0, "no gold \(kind) in the corpus")
        }
    }

    func testNoKindDropsBelowItsFloor() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: RepositoryPaths.corpus + "/eval-floors.json"))
        let floors = try JSONDecoder().decode(Floors.self, from: data).strictF1
        XCTAssertEqual(Set(floors.keys), Set(Scorer.kinds.map(\.rawValue)))
        let evaluation = try CorpusEvaluator().evaluate(directory: CorpusEvaluationTests.notes)
        for (kind, floor) in floors.sorted(by: { $0.key < $1.key }) {
            let f1 = try XCTUnwrap(evaluation.score(of: kind)).strict.f1
            XCTAssertGreaterThanOrEqual(f1, floor, "\(kind) strict F1 \(f1) fell below its floor \(floor)")
        }
    }

    /// The gold of real notes (corpus/vault-sample) reads them from ../shared by path; without the
    /// shared data there is nothing to score.
    func testVaultSampleGoldIsPlacedAndNoKindDropsBelowItsFloor() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: RepositoryPaths.vaultSample), "no ../shared/data/vault-sample")
        let directory = RepositoryPaths.corpus + "/vault-sample"
        let data = try Data(contentsOf: URL(fileURLWithPath: directory + "/eval-floors.json"))
        let floors = try JSONDecoder().decode(Floors.self, from: data).strictF1
        let evaluation = try CorpusEvaluator().evaluate(directory: directory)
        XCTAssertGreaterThanOrEqual(evaluation.notes.count, 40)
        XCTAssertEqual(evaluation.goldProblems, [])
        for (kind, floor) in floors.sorted(by: { $0.key < $1.key }) {
            let f1 = try XCTUnwrap(evaluation.score(of: kind)).strict.f1
            XCTAssertGreaterThanOrEqual(f1, floor, "vault-sample \(kind) strict F1 \(f1) fell below its floor \(floor)")
        }
    }
}
