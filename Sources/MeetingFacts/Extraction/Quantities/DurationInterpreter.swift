import Foundation

/// Reads `duration` matches: the amount (see `MeasuredAmount`) times the seconds of the `unit`
/// group's entry in `DURATION_UNIT`, with a TIMEX3 duration value built from the entry's
/// `designator` (D, W, M, Q, Y, or H, M, S after a `T` when `time: true`): "30 days" → P30D,
/// "half an hour" → PT0.5H; `timex_scale` scales the count into that designator ("5 ms" →
/// PT0.005S, "two decades" → P20Y). The count may also come from an indefinite article (`article`
/// group: "a month" → P1M) or from the rule (`produces.count`: "a day and a half" → P1.5D).
/// A range ("2–3 weeks") has `low`/`high` in seconds and the timex of its upper end. A duration
/// without a number (`produces.fuzzy`: "several months", "for years") has only a timex with X for
/// the count (PXM, PXY, PTXH; decades PXDE) and is approximate.
public struct DurationInterpreter: MentionInterpreter {
    public var kinds: [MentionKind] { [.duration] }

    public init() {}

    public func interpret(_ match: RuleMatch, in context: ExtractionContext) -> [Mention] {
        guard let surface = match.group("unit"),
              let entry = context.rules.lexicon("DURATION_UNIT")?.entry(for: surface),
              let unitSeconds = entry.number("seconds") else { return [] }
        let isTime = entry.attributes["time"] == .bool(true)
        var mention = match.mention()
        if match.rule.produced("fuzzy") == "true" {
            guard let designator = entry.attribute("fuzzy_designator") ?? entry.attribute("designator") else { return [] }
            mention.approx = true
            mention.timex = "P" + (isTime ? "T" : "") + "X" + designator
            return [mention]
        }
        let amount: MeasuredAmount
        if let count = match.rule.produced("count").flatMap(Double.init) {
            amount = MeasuredAmount(value: count, approx: match.has("hedge"))
        } else if match.has("article") {
            // "42 tickets a month", "$1.4 million a year": a rate, not a stretch of time.
            if DurationInterpreter.followsAnAmount(match) { return [] }
            amount = MeasuredAmount(value: 1, approx: match.has("hedge") || match.has("plus"))
        } else if let measured = MeasuredAmount(match, parser: NumberParser(rules: context.rules)) {
            amount = measured
        } else {
            return []
        }
        let inSeconds = amount.converted(factor: unitSeconds)
        mention.approx = amount.approx
        func timex(_ count: Double) -> String? {
            guard let designator = entry.attribute("designator") else { return nil }
            // TIMEX3 has no unit below the second: 5 ms is PT0.005S.
            let timexCount = count * (entry.number("timex_scale") ?? 1)
            return "P" + (isTime ? "T" : "") + Self.timexNumber(timexCount) + designator
        }
        if let count = amount.value {
            mention.seconds = inSeconds.value
            mention.timex = timex(count)
        } else {
            mention.low = inSeconds.low
            mention.high = inSeconds.high
            mention.timex = amount.high.flatMap(timex)
        }
        return [mention]
    }

    /// Whether one of the three words before the match is a number ("42 tickets a month", "$1.4
    /// million a year", "twice a week"): then "a <unit>" is the period of a rate or a frequency.
    static func followsAnAmount(_ match: RuleMatch) -> Bool {
        let buffer = match.buffer
        let line = buffer.range(ofLine: match.line)
        var start = match.range.lowerBound
        while start > line.lowerBound {
            let byte = buffer.bytes[start - 1]
            if byte == 0x3B || byte == 0x2C || (byte == 0x2E && start < buffer.count && buffer.bytes[start] == 0x20) { break }
            start -= 1
        }
        let words = buffer.text(start..<match.range.lowerBound).split(whereSeparator: { $0 == " " || $0 == "\t" }).suffix(3)
        let numberWords: Set<String> = ["hundred", "thousand", "million", "billion", "trillion", "dozen", "twice", "once", "thrice", "times"]
        return words.contains { word in
            guard let first = word.first else { return false }
            return first.isNumber || "$€£~≈".contains(first) || numberWords.contains(word.lowercased())
        }
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
