/// What a rule finds and a mention is. `set` is a recurrence ("every Monday", "weekly"). `ignore`
/// claims a span (a product name such as "BlueField-3") so that no other rule reads inside it, and
/// yields no mention.
public enum MentionKind: String, Sendable, Codable, CaseIterable, Comparable {
    case quantity, duration, date, set, person, company, site, ignore

    /// The kinds that name an entity (a person, a company or a site).
    public var isEntity: Bool { self == .person || self == .company || self == .site }

    public static func < (lhs: MentionKind, rhs: MentionKind) -> Bool { lhs.rawValue < rhs.rawValue }
}
