import ArgumentParser
import Foundation
import MeetingFacts

/// The exit statuses of the commands that change a vault (`run`, `apply`): one list, printed by
/// `--help` and written in the README and the man page, so a script can tell the outcomes apart.
enum ExitStatus: Int32, CaseIterable {
    case success = 0
    case changes = 1
    case usage = 2
    case notesFailed = 3
    case planOutdated = 4
    case locked = 75

    /// One line of `--help`: short enough that no terminal wraps it.
    var meaning: String {
        switch self {
        case .success: return "all went well; with --exit-code, also nothing to change"
        case .changes: return "with --dry-run --exit-code: there are changes"
        case .usage: return "usage or config error (option, .meetingfacts.yml, rules, plan file)"
        case .notesFailed: return "some notes failed (each reported, the others processed) or state unsaved"
        case .planOutdated: return "apply refused: the vault changed since the plan; nothing written"
        case .locked: return "another run holds the lock .meetingfacts/lock"
        }
    }

    /// The list as `--help` shows it, one status a line.
    static var helpText: String {
        "Exit status:\n" + allCases.map { "  " + "\($0.rawValue)".padding(toLength: 4, withPad: " ", startingAt: 0) + $0.meaning }
            .joined(separator: "\n")
    }

    var exitCode: ExitCode { ExitCode(rawValue) }
}

extension ExitStatus {
    /// The status of a run that could not start or finish, as the library maps it.
    init(_ failure: RunFailure) {
        self = ExitStatus(rawValue: failure.exitCode) ?? .usage
    }
}
