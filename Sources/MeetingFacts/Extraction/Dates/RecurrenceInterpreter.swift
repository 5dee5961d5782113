/// Reads `set` matches — recurrences — into the TIMEX3 SET value of the contract's second edition:
/// "weekly", "every week" → `P1W`; "every two weeks" → `P2W`; "every Monday", "on Mondays" →
/// `XXXX-WXX-1`; "twice a month" → `P1M` with `freq` `2X`. The period comes from the `unit` group
/// (its `DATE_SET_UNIT` entry gives the TIMEX3 duration of one period), from a `weekday`, or
/// from the rule's `produces.timex` or the surface's `DATE_SET_WORD` entry; the count of periods from `count`, how many times in each
/// from `times` or `produces.freq`.
public struct RecurrenceInterpreter: MentionInterpreter {
    public var kinds: [MentionKind] { [.set] }

    public init() {}

    public func interpret(_ match: RuleMatch, in context: ExtractionContext) -> [Mention] {
        let rules = context.rules
        var mention = match.mention(span: match.range("date") ?? match.range)
        let weekday = match.group("weekday").flatMap {
            rules.lexicon("DATE_WEEKDAY")?.entry(for: $0)?.number("weekday") ?? rules.lexicon("DATE_WEEKDAY_PLURAL")?.entry(for: $0)?.number("weekday")
        }
        if let weekday {
            mention.timex = "XXXX-WXX-" + String(Int(weekday))
        } else if let unit = match.group("unit").flatMap({ rules.lexicon("DATE_SET_UNIT")?.entry(for: $0) }),
                  let designator = unit.attribute("designator") {
            var count = Int(unit.number("count") ?? 1)
            if let text = match.group("count") {
                guard let value = NumberParser(rules: rules).parse(text)?.value ?? rules.lexicon("DATE_COUNT_WORD")?.entry(for: text)?.number("value"),
                      value >= 1, value == value.rounded() else { return [] }
                count *= Int(value)
            }
            if match.has("other") { count *= 2 }
            mention.timex = "P" + (unit.attributes["time"] == .bool(true) ? "T" : "") + String(count) + designator
        } else if let timex = match.rule.produced("timex") ?? rules.lexicon("DATE_SET_WORD")?.entry(for: mention.text)?.attribute("timex") {
            mention.timex = timex
        } else {
            return []
        }
        if let times = match.group("times")?.lowercased() {
            let words: [String: Int] = ["once": 1, "twice": 2, "thrice": 3, "two times": 2, "three times": 3, "four times": 4]
            guard let count = words[times] ?? Int(times.prefix { $0.isNumber }) else { return [] }
            mention.freq = String(count) + "X"
        } else if let freq = match.rule.produced("freq") {
            mention.freq = freq
        }
        return [mention]
    }
}
