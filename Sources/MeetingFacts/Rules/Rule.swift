import PCRE2

/// One extraction rule: a PCRE2 pattern with named groups, the kind of mention it yields,
/// the attributes it adds, and the examples that pin its behaviour.
public struct Rule: Sendable {
    /// The fields, shared by every copy of the rule until one copy changes one: the extractor
    /// hands the rule to each of its matches, and copying thirteen fields (retaining each string,
    /// pattern and table) was about a tenth of the time of an extraction.
    private final class Storage: @unchecked Sendable {
        var id: String
        var kind: MentionKind
        var patternSource: String
        var pattern: Pattern
        var confirmPattern: Pattern
        var priority: Int
        var produces: [String: ExampleValue]
        var examples: [RuleExample]
        var location: SourceLocation
        var trigger: RuleTrigger?
        var tokenizer: RuleTokenizer?
        var anchor: RuleAnchor?
        var anchorNote: String?

        init(id: String, kind: MentionKind, patternSource: String, pattern: Pattern, confirmPattern: Pattern,
             priority: Int, produces: [String: ExampleValue], examples: [RuleExample], location: SourceLocation,
             trigger: RuleTrigger? = nil, tokenizer: RuleTokenizer? = nil, anchor: RuleAnchor? = nil, anchorNote: String? = nil) {
            self.id = id
            self.kind = kind
            self.patternSource = patternSource
            self.pattern = pattern
            self.confirmPattern = confirmPattern
            self.priority = priority
            self.produces = produces
            self.examples = examples
            self.location = location
            self.trigger = trigger
            self.tokenizer = tokenizer
            self.anchor = anchor
            self.anchorNote = anchorNote
        }

        func copy() -> Storage {
            Storage(id: id, kind: kind, patternSource: patternSource, pattern: pattern, confirmPattern: confirmPattern,
                    priority: priority, produces: produces, examples: examples, location: location, trigger: trigger,
                    tokenizer: tokenizer, anchor: anchor, anchorNote: anchorNote)
        }
    }

    private var storage: Storage

    public init(id: String, kind: MentionKind, patternSource: String, pattern: Pattern, confirmPattern: Pattern,
                priority: Int, produces: [String: ExampleValue], examples: [RuleExample], location: SourceLocation,
                trigger: RuleTrigger? = nil, tokenizer: RuleTokenizer? = nil, anchor: RuleAnchor? = nil, anchorNote: String? = nil) {
        storage = Storage(id: id, kind: kind, patternSource: patternSource, pattern: pattern, confirmPattern: confirmPattern,
                          priority: priority, produces: produces, examples: examples, location: location, trigger: trigger,
                          tokenizer: tokenizer, anchor: anchor, anchorNote: anchorNote)
    }

    /// The storage, copied first when another rule shares it (copy on write).
    private mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    public var id: String {
        get { storage.id }
        set { unique().id = newValue }
    }
    public var kind: MentionKind {
        get { storage.kind }
        set { unique().kind = newValue }
    }
    /// The pattern as written in the rule file, before shared definitions are appended.
    public var patternSource: String {
        get { storage.patternSource }
        set { unique().patternSource = newValue }
    }
    /// The compiled pattern (rule pattern plus the `(?(DEFINE)…)` block it references): what the
    /// reference engine runs.
    public var pattern: Pattern {
        get { storage.pattern }
        set { unique().pattern = newValue }
    }
    /// The same pattern with its shared definitions written out where that keeps the meaning
    /// (`PatternInliner`), so PCRE2 knows which bytes a match can start with: what the anchored
    /// engine runs. `pattern` itself when nothing could be written out.
    public var confirmPattern: Pattern {
        get { storage.confirmPattern }
        set { unique().confirmPattern = newValue }
    }
    /// Higher wins when two candidate mentions cover the same span.
    public var priority: Int {
        get { storage.priority }
        set { unique().priority = newValue }
    }
    /// Attributes given to every mention of this rule (e.g. `unit: B`, `item: GPU`).
    public var produces: [String: ExampleValue] {
        get { storage.produces }
        set { unique().produces = newValue }
    }
    public var examples: [RuleExample] {
        get { storage.examples }
        set { unique().examples = newValue }
    }
    public var location: SourceLocation {
        get { storage.location }
        set { unique().location = newValue }
    }
    /// The trigger the rule file gives (`trigger:`); the anchored engine reads it as an authored anchor.
    public var trigger: RuleTrigger? {
        get { storage.trigger }
        set { unique().trigger = newValue }
    }
    /// When set, code finds the rule's matches instead of a PCRE2 scan (`tokenizer:` in the rule
    /// file); the pattern stays the specification the code is tested against, and a reference
    /// extractor still runs it.
    public var tokenizer: RuleTokenizer? {
        get { storage.tokenizer }
        set { unique().tokenizer = newValue }
    }
    /// What every match contains, so the anchored engine confirms the rule only near its hits;
    /// nil when the rule has none and is scanned whole (`AnchorChoice` says why).
    public var anchor: RuleAnchor? {
        get { storage.anchor }
        set { unique().anchor = newValue }
    }
    /// Why the rule has no anchor, or which one was chosen over which, for `rules check`.
    public var anchorNote: String? {
        get { storage.anchorNote }
        set { unique().anchorNote = newValue }
    }

    /// The text of a produced attribute, nil when the rule does not set it.
    public func produced(_ key: String) -> String? { produces[key]?.stringValue }
}
