import Foundation
import XCTest

/// The built `meetingfacts` binary, run the way a user runs it: arguments, a working folder, an
/// environment, standard input, and standard output on a pipe or on a terminal (a pseudo-terminal).
struct MeetingFactsBinary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String

        /// Standard output parsed as one JSON document; nil when it is not exactly one.
        var json: [String: Any]? {
            try? JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any]
        }
    }

    /// The binary beside the test bundle in the build folder (`swift test` builds both).
    static var url: URL {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let folder = runner.pathExtension == "xctest" ? runner.deletingLastPathComponent()
            : Bundle(for: BundleMarker.self).bundleURL.deletingLastPathComponent()
        return folder.appendingPathComponent("meetingfacts")
    }

    /// The environment of the tests with `changes` applied (a nil value removes the variable).
    static func environment(_ changes: [String: String?] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in changes { environment[key] = value }
        return environment
    }

    /// Runs the binary and waits. With `terminal`, standard output is a pseudo-terminal (its
    /// output read back with the terminal's `\r\n` line ends turned into `\n`).
    @discardableResult
    static func run(_ arguments: [String], in directory: String? = nil, environment: [String: String]? = nil,
                    input: String? = nil, terminal: Bool = false) throws -> Result {
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: url.path), "no binary at \(url.path)")
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.environment = environment ?? self.environment()
        let errors = Pipe(), stdin = Pipe()
        process.standardError = errors
        process.standardInput = stdin
        var outputPipe: Pipe?
        var terminalMaster: FileHandle?
        var terminalReplica: Int32 = -1
        if terminal {
            let master = Terminal.openMaster(O_RDWR | O_NOCTTY)
            guard master >= 0, Terminal.grant(master) == 0, Terminal.unlock(master) == 0, let name = Terminal.replicaName(master) else {
                throw NSError(domain: "pty", code: Int(errno))
            }
            let replica = open(name, O_RDWR | O_NOCTTY)
            guard replica >= 0 else { throw NSError(domain: "pty", code: Int(errno)) }
            process.standardOutput = FileHandle(fileDescriptor: replica, closeOnDealloc: false)
            terminalReplica = replica
            terminalMaster = FileHandle(fileDescriptor: master, closeOnDealloc: true)
        } else {
            let pipe = Pipe()
            process.standardOutput = pipe
            outputPipe = pipe
        }
        // Both streams are drained while the process runs, so a large output never blocks it.
        let collected = OutputCollector()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            collected.errors = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        try process.run()
        // The child holds the terminal now; with our copy closed, its exit ends the reading.
        if terminalReplica >= 0 { close(terminalReplica) }
        group.enter()
        let outputReader = outputPipe?.fileHandleForReading, terminalDescriptor = terminalMaster?.fileDescriptor
        DispatchQueue.global().async {
            if let outputReader {
                collected.output = outputReader.readDataToEndOfFile()
            } else if let terminalDescriptor {
                collected.output = MeetingFactsBinary.readUntilHangUp(terminalDescriptor)
            }
            group.leave()
        }
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        group.wait()
        var output = String(decoding: collected.output, as: UTF8.self)
        if terminal { output = output.replacingOccurrences(of: "\r\n", with: "\n") }
        return Result(status: process.terminationStatus, stdout: output,
                      stderr: String(decoding: collected.errors, as: UTF8.self))
    }

    /// Reads a terminal's master side until the last writer closes the other side (EIO on Linux).
    private static func readUntilHangUp(_ descriptor: Int32) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count > 0 { data.append(contentsOf: buffer[0..<count]); continue }
            if count < 0 && errno == EINTR { continue }
            return data
        }
    }

    /// The `git describe` the binary's `--version` should name.
    static func gitDescribe() -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", RepositoryPaths.root, "describe", "--tags", "--always"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = Pipe()
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : nil
    }

    private final class BundleMarker {}

    /// glibc's pseudo-terminal calls, which the Glibc module does not import (they need _XOPEN_SOURCE).
    private enum Terminal {
        private static func function<T>(_ name: String, as type: T.Type) -> T {
            unsafeBitCast(dlsym(UnsafeMutableRawPointer(bitPattern: 0), name)!, to: type)
        }
        static let openMaster = function("posix_openpt", as: (@convention(c) (Int32) -> Int32).self)
        static let grant = function("grantpt", as: (@convention(c) (Int32) -> Int32).self)
        static let unlock = function("unlockpt", as: (@convention(c) (Int32) -> Int32).self)
        private static let name = function("ptsname", as: (@convention(c) (Int32) -> UnsafeMutablePointer<CChar>?).self)
        static func replicaName(_ master: Int32) -> String? { name(master).map { String(cString: $0) } }
    }

    /// Output gathered on background queues, read after both have finished.
    private final class OutputCollector: @unchecked Sendable {
        var output = Data()
        var errors = Data()
    }
}
