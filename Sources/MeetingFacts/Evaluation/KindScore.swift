/// Counts and scores of one mention kind: strict matches share span, kind and normalized value;
/// relaxed matches only overlap and share the kind. Matching is one-to-one in both modes.
public struct KindScore: Sendable, Equatable, Codable {
    public var kind: String
    public var gold: Int
    public var predicted: Int
    public var strictMatches: Int
    public var relaxedMatches: Int

    public init(kind: String, gold: Int = 0, predicted: Int = 0, strictMatches: Int = 0, relaxedMatches: Int = 0) {
        self.kind = kind
        self.gold = gold
        self.predicted = predicted
        self.strictMatches = strictMatches
        self.relaxedMatches = relaxedMatches
    }

    public var strict: PrecisionRecall { PrecisionRecall(matches: strictMatches, gold: gold, predicted: predicted) }
    public var relaxed: PrecisionRecall { PrecisionRecall(matches: relaxedMatches, gold: gold, predicted: predicted) }

    /// The sum of two scores of the same kind (one note's added to a running total).
    public static func + (lhs: KindScore, rhs: KindScore) -> KindScore {
        KindScore(kind: lhs.kind, gold: lhs.gold + rhs.gold, predicted: lhs.predicted + rhs.predicted,
                  strictMatches: lhs.strictMatches + rhs.strictMatches, relaxedMatches: lhs.relaxedMatches + rhs.relaxedMatches)
    }
}
