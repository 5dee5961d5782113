import ArgumentParser
import Foundation

/// `--color auto|always|never`, as ripgrep has it: `auto` colours only a terminal, and not when
/// `NO_COLOR` is set (to anything but the empty string) or `TERM` is `dumb`.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto
    case always
    case never

    func isEnabled(descriptor: Int32 = STDOUT_FILENO, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if environment["TERM"] == "dumb" { return false }
            return isatty(descriptor) == 1
        }
    }
}
