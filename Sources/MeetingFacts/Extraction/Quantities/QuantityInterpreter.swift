/// Reads `quantity` matches into the contract's canonical units.
///
/// Named groups: the amount (`hedge`, `plus`, `number` or `low`/`high`, see `MeasuredAmount`),
/// `unit` — looked up in the lexicons the rule names in `produces.lexicon` (space separated),
/// whose entry gives the canonical `unit`, its `factor` and an optional `offset` —, `per` — a
/// time unit in `PER_TIME` a rate is divided by —, and `item` — a counted thing in `COUNT_ITEM`,
/// whose entry names the singular `item`. `produces.unit` and `produces.factor` fix the unit of
/// rules that have no unit group (a percentage) or scale a unit that means more than it says
/// ("400G" before a NIC is gigabits per second).
public struct QuantityInterpreter: MentionInterpreter {
    public var kinds: [MentionKind] { [.quantity] }

    public init() {}

    public func interpret(_ match: RuleMatch, in context: ExtractionContext) -> [Mention] {
        let rules = context.rules
        guard let amount = MeasuredAmount(match, parser: NumberParser(rules: rules)) else { return [] }
        var unit = match.rule.produced("unit")
        var factor = match.rule.produces["factor"].flatMap(Self.number) ?? 1
        var offset = 0.0
        var perSeconds = 1.0
        var item = match.rule.produced("item")

        if let surface = match.group("unit") {
            let lexiconNames = (match.rule.produced("lexicon") ?? "").split(separator: " ").map(String.init)
            guard let entry = lexiconNames.lazy.compactMap({ rules.lexicon($0)?.entry(for: surface) }).first else { return [] }
            // A rule's own unit wins: a size followed by "/day" is a rate.
            if unit == nil { unit = entry.attribute("unit") }
            factor *= entry.number("factor") ?? 1
            offset = entry.number("offset") ?? 0
        }
        if let surface = match.group("per") {
            guard let seconds = rules.lexicon("PER_TIME")?.entry(for: surface)?.number("seconds") else { return [] }
            perSeconds = seconds
        }
        if let surface = match.group("item") {
            guard let entry = rules.lexicon("COUNT_ITEM")?.entry(for: surface), let name = entry.attribute("item") else { return [] }
            unit = "count"
            item = name
        }
        guard let unit else { return [] }

        let converted = amount.converted(factor: factor, offset: offset, perSeconds: perSeconds)
        var mention = match.mention()
        mention.unit = unit
        mention.value = converted.value
        mention.low = converted.low
        mention.high = converted.high
        mention.approx = converted.approx
        mention.item = item
        return [mention]
    }

    private static func number(_ value: ExampleValue) -> Double? {
        switch value {
        case let .number(number): return number
        case let .string(text): return Double(text)
        case .bool, .list: return nil
        }
    }
}
