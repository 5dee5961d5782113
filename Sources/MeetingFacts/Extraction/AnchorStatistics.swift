/// What the anchored engine did on a text: the work a benchmark reports.
public struct AnchorStatistics: Sendable, Equatable {
    /// Hits of all anchor atoms in the one Vectorscan pass.
    public var atomHits = 0
    /// Rule-hit pairs considered (a hit counts once for each rule anchored on it).
    public var ruleHits = 0
    /// Bounded PCRE2 searches run to confirm hits.
    public var confirmations = 0
    /// Full PCRE2 scans of rules without an anchor.
    public var fullScans = 0

    public init() {}

    public static func + (lhs: AnchorStatistics, rhs: AnchorStatistics) -> AnchorStatistics {
        var sum = lhs
        sum.atomHits += rhs.atomHits
        sum.ruleHits += rhs.ruleHits
        sum.confirmations += rhs.confirmations
        sum.fullScans += rhs.fullScans
        return sum
    }
}
