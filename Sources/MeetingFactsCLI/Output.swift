import Foundation

/// Printing for the command line: standard error for diagnostics; a closed pipe is not an error.
enum Output {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
