import PCRE2

/// One extraction rule: a PCRE2 pattern with named groups, the kind of mention it yields,
/// the attributes it adds, and the examples that pin its behaviour.
public struct Rule: Sendable {
    public var id: String
    public var kind: MentionKind
    /// The pattern as written in the rule file, before shared definitions are appended.
    public var patternSource: String
    /// The compiled pattern (rule pattern plus the `(?(DEFINE)…)` block it references): what the
    /// reference engine runs.
    public var pattern: Pattern
    /// The same pattern with its shared definitions written out where that keeps the meaning
    /// (`PatternInliner`), so PCRE2 knows which bytes a match can start with: what the anchored
    /// engine runs. `pattern` itself when nothing could be written out.
    public var confirmPattern: Pattern
    /// Higher wins when two candidate mentions cover the same span.
    public var priority: Int
    /// Attributes given to every mention of this rule (e.g. `unit: B`, `item: GPU`).
    public var produces: [String: ExampleValue]
    public var examples: [RuleExample]
    public var location: SourceLocation
    /// The trigger the rule file gives (`trigger:`); the anchored engine reads it as an authored anchor.
    public var trigger: RuleTrigger?
    /// When set, code finds the rule's matches instead of a PCRE2 scan (`tokenizer:` in the rule
    /// file); the pattern stays the specification the code is tested against, and a reference
    /// extractor still runs it.
    public var tokenizer: RuleTokenizer?
    /// What every match contains, so the anchored engine confirms the rule only near its hits;
    /// nil when the rule has none and is scanned whole (`AnchorChoice` says why).
    public var anchor: RuleAnchor?
    /// Why the rule has no anchor, or which one was chosen over which, for `rules check`.
    public var anchorNote: String?

    /// The text of a produced attribute, nil when the rule does not set it.
    public func produced(_ key: String) -> String? { produces[key]?.stringValue }
}
