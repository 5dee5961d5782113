/// A sentence a rule must handle: a positive example with the mention it must produce,
/// or a negative one in which no mention of the rule's kind may appear.
public struct RuleExample: Sendable {
    public var input: String
    /// The meeting date the example is read against (ISO), when it matters.
    public var date: String?
    /// For positive examples: keys of the expected mention (`text`, `unit`, `value`, `timex`, …).
    public var expect: [String: ExampleValue]
    public var isPositive: Bool
    public var location: SourceLocation

    public init(input: String, date: String?, expect: [String: ExampleValue], isPositive: Bool, location: SourceLocation) {
        self.input = input
        self.date = date
        self.expect = expect
        self.isPositive = isPositive
        self.location = location
    }
}
