/// Everything rules and interpreters may consult besides the match: the whole text, the meeting
/// date relative expressions resolve against, and the rule set's lexicons and settings. Extraction
/// knows no people: who a name means is the people stage's decision.
public struct ExtractionContext: Sendable {
    public var buffer: TextBuffer
    /// The meeting date; nil when unknown (relative dates then stay unresolved).
    public var referenceDate: CalendarDate?
    public var rules: RuleSet
    /// How to read `10/11`: month first (US, the default) or day first.
    public var monthFirst: Bool

    public init(text: String, referenceDate: CalendarDate?, rules: RuleSet, monthFirst: Bool = true) {
        buffer = TextBuffer(text)
        self.referenceDate = referenceDate
        self.rules = rules
        self.monthFirst = monthFirst
    }
}
