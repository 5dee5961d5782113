/// Bounds on one match attempt, so a catastrophic pattern ends with an error instead of hanging.
public struct MatchLimits: Sendable, Equatable {
    /// PCRE2's match limit: calls of its internal match function (the JIT counts similarly).
    public var match: UInt32
    /// PCRE2's depth limit: nesting of backtracking (interpreter only; the JIT uses its stack).
    public var depth: UInt32

    public init(match: UInt32 = 5_000_000, depth: UInt32 = 100_000) {
        self.match = match
        self.depth = depth
    }

    public static let standard = MatchLimits()
}
