import Foundation

/// Reads `duration` matches: the amount (see `MeasuredAmount`) times the seconds of the `unit`
/// group's entry in `DURATION_UNIT`, with a TIMEX3 duration value built from the entry's
/// `designator` (D, W, M, Q, Y, or H, M, S after a `T` when `time: true`): "30 days" → P30D,
/// "half an hour" → PT0.5H; units below a second scale into seconds with `timex_scale`
/// ("5 ms" → PT0.005S). A range ("2–3 weeks") has `low`/`high` in seconds and no timex.
public struct DurationInterpreter: MentionInterpreter {
    public var kinds: [MentionKind] { [.duration] }

    public init() {}

    public func interpret(_ match: RuleMatch, in context: ExtractionContext) -> [Mention] {
        guard let amount = MeasuredAmount(match, parser: NumberParser(rules: context.rules)),
              let surface = match.group("unit"),
              let entry = context.rules.lexicon("DURATION_UNIT")?.entry(for: surface),
              let unitSeconds = entry.number("seconds") else { return [] }
        let inSeconds = amount.converted(factor: unitSeconds)
        var mention = match.mention()
        mention.approx = amount.approx
        if let count = amount.value {
            mention.seconds = inSeconds.value
            if let designator = entry.attribute("designator") {
                let isTime = entry.attributes["time"] == .bool(true)
                // TIMEX3 has no unit below the second: 5 ms is PT0.005S.
                let timexCount = count * (entry.number("timex_scale") ?? 1)
                mention.timex = "P" + (isTime ? "T" : "") + Self.timexNumber(timexCount) + designator
            }
        } else {
            mention.low = inSeconds.low
            mention.high = inSeconds.high
        }
        return [mention]
    }

    /// 30 → "30", 1.5 → "1.5", 1.8 ms → "0.0018" (TIMEX3 allows decimals in durations). Fixed
    /// notation to nine places, trailing zeros trimmed, so binary rounding (0.0018000000000000002)
    /// never shows.
    static func timexNumber(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        var text = String(format: "%.9f", number)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
