/// Every way PCRE2 can refuse a pattern or abandon a match.
///
/// `pattern` names the pattern (a rule id for rules), so a caller can say
/// which rule failed without keeping its own bookkeeping.
public enum PatternError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The pattern does not compile; `offset` is the UTF-8 byte offset in the pattern where PCRE2 stopped.
    case compile(pattern: String, message: String, offset: Int)
    /// The match exceeded the match limit (too much backtracking).
    case matchLimit(pattern: String)
    /// The match exceeded the depth limit (too deep nesting of backtracking).
    case depthLimit(pattern: String)
    /// The JIT stack was exhausted.
    case jitStackLimit(pattern: String)
    /// Any other PCRE2 error code, with PCRE2's message.
    case match(pattern: String, code: Int32, message: String)

    /// The pattern's name, as errors are reported against it.
    public var pattern: String {
        switch self {
        case let .compile(pattern, _, _), let .matchLimit(pattern), let .depthLimit(pattern),
             let .jitStackLimit(pattern), let .match(pattern, _, _):
            return pattern
        }
    }

    /// What went wrong, without the pattern's name.
    public var reason: String {
        switch self {
        case let .compile(_, message, offset):
            return "\(message) at offset \(offset)"
        case .matchLimit:
            return "match limit exceeded: the pattern backtracks catastrophically"
        case .depthLimit:
            return "depth limit exceeded: the pattern nests too deeply"
        case .jitStackLimit:
            return "JIT stack limit exceeded: the pattern backtracks too deeply"
        case let .match(_, code, message):
            return "match error \(code): \(message)"
        }
    }

    public var description: String { "[\(pattern)] \(reason)" }
}
