import Foundation
import XCTest

/// Runs the built `meetingfacts` binary as its own process and measures what that one process
/// cost: wall-clock seconds and peak resident memory (from `wait4`, so only this child counts).
struct MeasuredProcess {
    var status: Int32
    var standardError: String
    var seconds: Double
    var peakMegabytes: Double

    /// The `meetingfacts` binary built beside the test bundle.
    static var binary: String {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let folder = runner.pathExtension == "xctest" ? runner.deletingLastPathComponent()
            : Bundle.main.bundleURL.deletingLastPathComponent()
        let beside = folder.appendingPathComponent("meetingfacts").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return folder.deletingLastPathComponent().appendingPathComponent("meetingfacts").path
    }

    static func run(_ arguments: [String]) throws -> MeasuredProcess {
        let folder = TemporaryFolder("measured")
        let errors = folder.url("stderr")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let started = Date()
        let spawned = posix_spawn(&pid, binary, &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Date().timeIntervalSince(started)
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let text = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
        return MeasuredProcess(status: exit, standardError: text, seconds: seconds, peakMegabytes: Double(usage.ru_maxrss) / 1024)
    }
}
