/// Why a file was not written. Each case carries what its message needs.
public enum WriteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The target resolves outside the vault (a symlink, `..`): refused.
    case outsideVault(path: String)
    /// Someone changed the file since it was read: skipped this run, never clobbered.
    case changedSinceRead(path: String)
    /// The file appeared since we decided to create it.
    case appearedSinceRead(path: String)
    /// A system call failed (full disk, permissions…).
    case system(path: String, operation: String, errno: Int32)

    public var description: String {
        switch self {
        case let .outsideVault(path):
            return "\(path): error: refusing to write outside the vault"
        case let .changedSinceRead(path):
            return "\(path): warning: changed by someone else since it was read; skipped this run"
        case let .appearedSinceRead(path):
            return "\(path): warning: created by someone else since the run started; skipped this run"
        case let .system(path, operation, code):
            return "\(path): error: \(operation) failed: \(String(cString: strerror(code)))"
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
