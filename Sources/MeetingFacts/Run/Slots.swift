import Foundation

/// Results of parallel work, one slot per index, guarded by a lock.
final class Slots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    init(_ values: consuming [Value]) { slots = values.map { $0 } }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    /// The value at `index`, leaving its slot empty.
    func take(_ index: Int) -> Value? {
        lock.lock()
        defer { lock.unlock() }
        let value = slots[index]
        slots[index] = nil
        return value
    }

    var values: [Value] { lock.lock(); defer { lock.unlock() }; return slots.compactMap { $0 } }
}

extension Slots where Value == Int {
    /// The next index below `count` no thread has claimed yet, nil when all are claimed.
    func claim(below count: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        let index = slots[0]!
        guard index < count else { return nil }
        slots[0] = index + 1
        return index
    }
}
