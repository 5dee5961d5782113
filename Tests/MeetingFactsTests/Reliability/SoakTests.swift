import Foundation
import XCTest

/// The soak (`make soak`, a simulated month) cut to 20 cron runs: vault-sample, user edits between
/// runs, two SIGKILLs on average, every invariant of `scripts/soak` checked after every run.
final class SoakTests: XCTestCase {
    func testTwentyCronRunsWithUserEditsKeepEveryInvariant() throws {
        guard FileManager.default.fileExists(atPath: RepositoryPaths.shared + "/data/vault-sample") else {
            throw XCTSkip("../shared/data/vault-sample is not here")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", RepositoryPaths.root + "/scripts/soak", "--bin", MeasuredProcess.binary,
                             "--runs", "20", "--seed", "7", "--full-every", "10", "--kill-every", "10"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, text)
        XCTAssertTrue(text.contains("seed 7: 20 runs,") && text.contains(" 0 failed,"), text)
    }
}
