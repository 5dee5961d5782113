/// One thing found in a note: a quantity, duration, date, person, company or site, with its exact
/// surface and place. The keys are those of the `extract --json` contract; each kind fills its own.
public struct Mention: Sendable, Equatable, Codable {
    public var kind: MentionKind
    /// The exact surface text.
    public var text: String
    /// 1-based line of the mention's start.
    public var line: Int
    /// [startByte, endByte) as UTF-8 byte offsets in the input.
    public var span: [Int]

    // quantity
    public var unit: String?
    public var value: Double?
    public var low: Double?
    public var high: Double?
    public var approx: Bool?
    public var item: String?
    // duration
    public var seconds: Double?
    public var timex: String?
    // date
    public var start: String?
    public var end: String?
    public var grain: String?
    /// A date that names a time of day: "15:00" (24-hour, local as written).
    public var time: String?
    /// A date that names a part of the day: MO, AF, EV, NI.
    public var part: String?
    // set (a recurrence): `timex` holds its TIMEX3 value; `freq` how often per period ("2X").
    public var freq: String?
    // person, company, site
    public var name: String?
    // person: the affiliation a name-shaped context states ("Kushal Datta (Microsoft Apollo)")
    public var company: String?
    public var role: String?
    public var team: String?
    /// Extra keys, allowed by the contract: the rule that produced the mention.
    public var rule: String?

    public init(kind: MentionKind, text: String, line: Int, span: Range<Int>, rule: String? = nil) {
        self.kind = kind
        self.text = text
        self.line = line
        self.span = [span.lowerBound, span.upperBound]
        self.rule = rule
    }

    public var byteRange: Range<Int> { span[0]..<span[1] }

    /// A person mention whose context states where they work, in what role or team
    /// ("Priya Raman (Microsoft Apollo)", "Teodor Vance, CTO at Weka"): a relation worth a fact.
    public var statesAffiliation: Bool {
        kind == .person && (company != nil || role != nil || team != nil)
    }

    /// The value a key holds as a rule example would state it, nil when unset.
    public func exampleValue(for key: String) -> ExampleValue? {
        switch key {
        case "kind": return .string(kind.rawValue)
        case "text": return .string(text)
        case "line": return .number(Double(line))
        case "unit": return unit.map(ExampleValue.string)
        case "value": return value.map(ExampleValue.number)
        case "low": return low.map(ExampleValue.number)
        case "high": return high.map(ExampleValue.number)
        case "approx": return approx.map(ExampleValue.bool)
        case "item": return item.map(ExampleValue.string)
        case "seconds": return seconds.map(ExampleValue.number)
        case "timex": return timex.map(ExampleValue.string)
        case "start": return start.map(ExampleValue.string)
        case "end": return end.map(ExampleValue.string)
        case "grain": return grain.map(ExampleValue.string)
        case "time": return time.map(ExampleValue.string)
        case "part": return part.map(ExampleValue.string)
        case "freq": return freq.map(ExampleValue.string)
        case "name": return name.map(ExampleValue.string)
        case "company": return company.map(ExampleValue.string)
        case "role": return role.map(ExampleValue.string)
        case "team": return team.map(ExampleValue.string)
        case "rule": return rule.map(ExampleValue.string)
        default: return nil
        }
    }
}
