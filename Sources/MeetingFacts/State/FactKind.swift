/// What `meetingfacts facts --kind` selects: a fact holding a mention of this kind, or — `text` —
/// a fact holding none. A fixed list, so a misspelt kind is a usage error rather than no answer.
public enum FactKind: String, Sendable, CaseIterable {
    case quantity, date, duration, person, company, site, text

    /// The mention kind this selects; nil for `text`.
    public var mentionKind: MentionKind? { MentionKind(rawValue: rawValue) }
}
