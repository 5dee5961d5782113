/// Why a run did not start: each case maps to the exit status the run command promises.
public enum RunFailure: Error, Equatable, CustomStringConvertible {
    /// A bad config, rules folder or argument: exit 2.
    case configuration(String)
    /// Another run holds the lock: exit 75.
    case locked(String)
    /// The run state cannot be opened or saved: exit 3, as when notes fail.
    case state(String)
    /// `apply` refused: a file the plan read or would write changed since the plan was made: exit 4.
    case outdated(String)

    public var exitCode: Int32 {
        switch self {
        case .configuration: return 2
        case .locked: return 75
        case .state: return 3
        case .outdated: return 4
        }
    }

    public var description: String {
        switch self {
        case let .configuration(message), let .locked(message), let .state(message), let .outdated(message): return message
        }
    }
}
