import PCRE2

/// One extraction rule: a PCRE2 pattern with named groups, the kind of mention it yields,
/// the attributes it adds, and the examples that pin its behaviour.
public struct Rule: Sendable {
    public var id: String
    public var kind: MentionKind
    /// The pattern as written in the rule file, before shared definitions are appended.
    public var patternSource: String
    /// The compiled pattern (rule pattern plus the `(?(DEFINE)…)` block it references).
    public var pattern: Pattern
    /// Higher wins when two candidate mentions cover the same span.
    public var priority: Int
    /// Attributes given to every mention of this rule (e.g. `unit: B`, `item: GPU`).
    public var produces: [String: ExampleValue]
    public var examples: [RuleExample]
    public var location: SourceLocation
    /// When set, the rule scans only the windows around the trigger's matches.
    public var trigger: RuleTrigger?
    /// When set, code finds the rule's matches instead of a PCRE2 scan (`tokenizer:` in the rule
    /// file); the pattern stays the specification the code is tested against, and a reference
    /// extractor still runs it.
    public var tokenizer: RuleTokenizer?

    /// The text of a produced attribute, nil when the rule does not set it.
    public func produced(_ key: String) -> String? { produces[key]?.stringValue }
}
