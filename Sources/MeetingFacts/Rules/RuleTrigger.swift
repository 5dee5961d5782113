import PCRE2

/// A cheap pattern that must match near where a rule can match (`trigger:`, per rule file or
/// rule): a quantity needs a digit or a number word close by. The anchored engine reads it as an
/// authored anchor (`RuleAnchor`) when the rule's pattern yields no better one; `anchor:` is the
/// general form.
public struct RuleTrigger: Sendable {
    /// Identifies the trigger: rules sharing it share one scan per text.
    public var key: String
    public var pattern: Pattern
    /// Bytes before a trigger match that a rule match may start at (bounded by the line start).
    public var before: Int
    /// Bytes after a trigger match that a rule match may end at (bounded by the line end).
    public var after: Int

}
