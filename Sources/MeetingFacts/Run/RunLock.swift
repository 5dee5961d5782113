import Foundation

/// One run at a time per vault: an exclusive `flock` on `.meetingfacts/lock`, held until released
/// or the process ends (the kernel drops it even after SIGKILL, so a crash never leaves it stale).
public final class RunLock {
    public let path: String
    private var descriptor: Int32 = -1

    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// Another run held the lock for the whole wait.
        case busy(path: String, waited: Double)
        case cannotOpen(path: String, errno: Int32)

        public var description: String {
            switch self {
            case let .busy(path, waited):
                return "another meetingfacts run holds the lock \(path)" + (waited > 0 ? " (waited \(waited) s)" : "")
            case let .cannotOpen(path, code):
                return "cannot open lock \(path): \(String(cString: strerror(code)))"
            }
        }
    }

    public init(path: String) {
        self.path = path
    }

    /// Takes the lock, polling for up to `wait` seconds.
    public func acquire(wait: Double) throws(Failure) {
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotOpen(path: path, errno: errno) }
        let deadline = Date().addingTimeInterval(wait)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if Date() >= deadline {
                close(descriptor)
                descriptor = -1
                throw .busy(path: path, waited: wait)
            }
            usleep(50_000)
        }
    }

    public func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
