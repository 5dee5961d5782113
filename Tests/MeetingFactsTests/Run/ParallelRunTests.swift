import Foundation
import XCTest
@testable import MeetingFacts

/// Notes are read, extracted, analysed, planned and written on several threads: the output must
/// not depend on the timing. A run on every core writes exactly what a run on one thread writes.
final class ParallelRunTests: XCTestCase {
    private let today = CalendarDate(year: 2025, month: 11, day: 15)

    /// Twelve real meeting notes of vault-sample and the demo vault's notes, in one vault.
    private func vault() throws -> TemporaryFolder {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        try RepositoryPaths.requireVaultSample()
        let names = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.vaultSample)
            .filter { $0.hasSuffix(".md") }.sorted().prefix(12)
        for name in names {
            vault.write("Transcripts/" + name, try String(contentsOfFile: RepositoryPaths.vaultSample + "/" + name, encoding: .utf8))
        }
        return vault
    }

    private func run(_ vault: TemporaryFolder, workers: Int?, full: Bool = false) throws -> RunReport {
        var options = RunOptions(vault: vault.path, today: today)
        options.workers = workers
        options.full = full
        return try VaultRun(options: options).execute()
    }

    private func files(_ vault: TemporaryFolder) -> [String: String] {
        var files: [String: String] = [:]
        for file in vault.allFiles() where !file.hasPrefix(".meetingfacts/") { files[file] = vault.read(file) }
        return files
    }

    private func assertSame(_ parallel: RunReport, _ serial: RunReport, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(parallel.changedFiles, serial.changedFiles, file: file, line: line)
        XCTAssertEqual(parallel.warnings, serial.warnings, file: file, line: line)
        XCTAssertEqual(parallel.errors, serial.errors, file: file, line: line)
        XCTAssertEqual(parallel.meetings, serial.meetings, file: file, line: line)
        XCTAssertEqual(parallel.facts, serial.facts, file: file, line: line)
        XCTAssertEqual(parallel.peopleCreated, serial.peopleCreated, file: file, line: line)
        XCTAssertEqual(parallel.peopleUpdated, serial.peopleUpdated, file: file, line: line)
        XCTAssertEqual(parallel.nearMisses, serial.nearMisses, file: file, line: line)
        XCTAssertEqual(parallel.merges, serial.merges, file: file, line: line)
    }

    func testAParallelRunWritesExactlyWhatASerialRunWrites() throws {
        let parallel = try vault(), serial = try vault()
        let parallelReport = try run(parallel, workers: nil)
        let serialReport = try run(serial, workers: 1)
        XCTAssertEqual(parallelReport.meetings, 15)
        XCTAssertGreaterThan(parallelReport.changedFiles.count, 10)
        assertSame(parallelReport, serialReport)
        XCTAssertEqual(files(parallel), files(serial))
        let parallelState = try StateStore(vaultRoot: parallel.path, readOnly: true)
        let serialState = try StateStore(vaultRoot: serial.path, readOnly: true)
        XCTAssertEqual(try parallelState.notes().mapValues { [$0.people, $0.attendees, [$0.canonical, $0.summary]] },
                       try serialState.notes().mapValues { [$0.people, $0.attendees, [$0.canonical, $0.summary]] })
        XCTAssertEqual(try parallelState.facts().map(\.line), try serialState.facts().map(\.line))

        // A second, full run from the cache: still the same on both sides, and nothing to change.
        let parallelFull = try run(parallel, workers: nil, full: true)
        let serialFull = try run(serial, workers: 1, full: true)
        assertSame(parallelFull, serialFull)
        XCTAssertEqual(parallelFull.changedFiles, [])
        XCTAssertEqual(parallelFull.extractionsReused, 15)
        XCTAssertEqual(files(parallel), files(serial))
    }

    func testParallelWorkKeepsIndexOrderWhateverTheTiming() {
        let expected = (0..<200).map { $0 * 3 }
        let computed = ParallelWork.map(200) { index -> Int in
            if index % 7 == 0 { usleep(200) }
            return index * 3
        }
        let waited = ParallelWork.mapWaiting(200, threads: 8) { index -> Int in
            if index % 5 == 0 { usleep(300) }
            return index * 3
        }
        XCTAssertEqual(computed, expected)
        XCTAssertEqual(waited, expected)
        XCTAssertEqual(ParallelWork.mapWaiting(200, workers: 1) { $0 * 3 }, expected)
    }
}
