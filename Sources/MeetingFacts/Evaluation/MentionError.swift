/// One disagreement between gold and prediction, classified so rule owners see what to fix.
public struct MentionError: Sendable, Equatable, Codable {
    public enum Category: String, Sendable, Codable, CaseIterable {
        /// Same kind and span, different normalized value.
        case wrongValue = "wrong value"
        /// Same kind, overlapping but different span.
        case boundary
        /// A prediction of another kind overlaps the gold mention.
        case wrongKind = "wrong kind"
        /// Gold mention nothing overlaps.
        case missed
        /// Prediction no gold mention accounts for.
        case spurious
    }

    public var category: Category
    public var kind: MentionKind
    public var gold: Mention?
    public var predicted: Mention?

    public init(category: Category, kind: MentionKind, gold: Mention?, predicted: Mention?) {
        self.category = category
        self.kind = kind
        self.gold = gold
        self.predicted = predicted
    }
}
