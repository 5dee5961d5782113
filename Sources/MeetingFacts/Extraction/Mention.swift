/// One thing found in a note: a quantity, duration, date, person, company or site, with its exact
/// surface and place. The keys are those of the `extract --json` contract; each kind fills its own
/// normalized keys (`MentionValues`, read and written as `mention.unit`, `mention.start`, …).
public struct Mention: Sendable, Equatable, Codable, MentionValuesHolder {
    public var kind: MentionKind
    /// The exact surface text.
    public var text: String
    /// 1-based line of the mention's start.
    public var line: Int
    /// [startByte, endByte) as UTF-8 byte offsets in the input.
    public var span: [Int]
    public var normalized = MentionValues()
    /// Extra keys, allowed by the contract: the rule that produced the mention.
    public var rule: String?

    public init(kind: MentionKind, text: String, line: Int, span: Range<Int>, rule: String? = nil) {
        self.kind = kind
        self.text = text
        self.line = line
        self.span = [span.lowerBound, span.upperBound]
        self.rule = rule
    }

    /// The contract's keys besides the normalized ones.
    private struct Place: Codable {
        var kind: MentionKind
        var text: String
        var line: Int
        var span: [Int]
        var rule: String?
    }

    /// The contract's flat object: the normalized keys beside the others.
    public init(from decoder: any Decoder) throws {
        let place = try Place(from: decoder)
        self.init(kind: place.kind, text: place.text, line: place.line, span: 0..<0, rule: place.rule)
        span = place.span
        normalized = try MentionValues(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        try Place(kind: kind, text: text, line: line, span: span, rule: rule).encode(to: encoder)
        try normalized.encode(to: encoder)
    }

    public var byteRange: Range<Int> { span[0]..<span[1] }

    /// A person mention whose context states where they work, in what role or team
    /// ("Priya Raman (Microsoft Apollo)", "Teodor Vance, CTO at Weka"): a relation worth a fact.
    public var statesAffiliation: Bool {
        kind == .person && (normalized.company != nil || normalized.role != nil || normalized.team != nil)
    }

    /// The value a key holds as a rule example would state it, nil when unset.
    public func exampleValue(for key: String) -> ExampleValue? {
        switch key {
        case "kind": return .string(kind.rawValue)
        case "text": return .string(text)
        case "line": return .number(Double(line))
        case "unit": return normalized.unit.map(ExampleValue.string)
        case "value": return normalized.value.map(ExampleValue.number)
        case "low": return normalized.low.map(ExampleValue.number)
        case "high": return normalized.high.map(ExampleValue.number)
        case "approx": return normalized.approx.map(ExampleValue.bool)
        case "item": return normalized.item.map(ExampleValue.string)
        case "seconds": return normalized.seconds.map(ExampleValue.number)
        case "timex": return normalized.timex.map(ExampleValue.string)
        case "start": return normalized.start.map(ExampleValue.string)
        case "end": return normalized.end.map(ExampleValue.string)
        case "grain": return normalized.grain.map(ExampleValue.string)
        case "time": return normalized.time.map(ExampleValue.string)
        case "part": return normalized.part.map(ExampleValue.string)
        case "freq": return normalized.freq.map(ExampleValue.string)
        case "name": return normalized.name.map(ExampleValue.string)
        case "company": return normalized.company.map(ExampleValue.string)
        case "role": return normalized.role.map(ExampleValue.string)
        case "team": return normalized.team.map(ExampleValue.string)
        case "rule": return rule.map(ExampleValue.string)
        default: return nil
        }
    }
}
