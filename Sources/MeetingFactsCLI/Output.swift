import Foundation

/// Printing for the command line: standard output for results, standard error for diagnostics.
/// A closed pipe (`| head`) ends the program quietly rather than as an error.
enum Output {
    static func write(_ text: String) {
        writeAll(STDOUT_FILENO, text)
    }

    static func error(_ line: String) {
        writeAll(STDERR_FILENO, line + "\n")
    }

    private static func writeAll(_ descriptor: Int32, _ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { exit(0) }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }
}
