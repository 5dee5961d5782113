import Foundation

/// The direction of a date's clause, read the first time a form asks for it: reading it
/// (`TemporalDirection.around`) is the costliest step of a date, and most forms ("2025-10-03",
/// "next week", "in two days") never need it. Reading it once or not at all gives the same result,
/// since the reading has no effects.
final class PendingDirection: @unchecked Sendable {
    private let lock = NSLock()
    private var read: (@Sendable () -> TemporalDirection)?
    private var value: TemporalDirection?

    init(_ read: @escaping @Sendable () -> TemporalDirection) {
        self.read = read
    }

    init(known direction: TemporalDirection) {
        value = direction
    }

    var direction: TemporalDirection {
        lock.lock()
        defer { lock.unlock() }
        if let value { return value }
        let direction = read?() ?? .future
        value = direction
        read = nil
        return direction
    }
}
