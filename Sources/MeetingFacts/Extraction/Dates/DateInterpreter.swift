/// Reads matches of `date` rules: the rule's `produces.form` names the shape of the expression
/// (`month-day`, `relative-period`, `quarter`…), its named groups hold the parts, and the word
/// lists of `rules/date/lexicons.yml` give their values. The mention covers the `date` group when
/// the rule has one (so "by", "in", "on" stay outside the surface), else the whole match.
/// A match that is no real date (February 30, a fraction such as 3/4) yields nothing.
public struct DateInterpreter: MentionInterpreter {
    public init() {}

    public var kinds: [MentionKind] { [.date] }

    public func interpret(_ match: RuleMatch, in context: ExtractionContext) -> [Mention] {
        let span = match.range("date") ?? match.range
        var mention = match.mention(span: span)
        let resolver = context.referenceDate.map {
            DateResolver(reference: $0, direction: { TemporalDirection.around(span, in: context) })
        }
        let parts = DateParts(match: match, rules: context.rules, reference: context.referenceDate)
        let form = match.rule.produced("form") ?? ""
        // "Azure lacks a deployable solution today": the present in general, not the meeting's day.
        if form == "relative-day", parts.text("offset")?.lowercased() == "today", TemporalDirection.meansThePresent(span, in: context) {
            mention.timex = "PRESENT_REF"
            if let reference = context.referenceDate {
                mention.start = reference.iso
                mention.end = reference.iso
                mention.grain = DateGrain.day.rawValue
            }
            return [mention]
        }
        var outcome = DateFormResolution(parts: parts, resolver: resolver, monthFirst: context.monthFirst).outcome(of: form)
        if let anchored = anchored(match.rule.produced("anchor"), parts, span, context) { outcome = .resolved(anchored) }
        switch outcome {
        case .rejected:
            return []
        case .unresolved:
            return [mention]
        case let .reference(value):
            // PRESENT_REF is the meeting's own day; the past and the future have no days.
            mention.timex = value
            if value == "PRESENT_REF", let reference = context.referenceDate {
                mention.start = reference.iso
                mention.end = reference.iso
                mention.grain = DateGrain.day.rawValue
            }
            return [mention]
        case var .resolved(date):
            if date.grain == .day {
                let text = match.text
                date = date.at(time: parts.clockTime, part: parts.dayPart, utc: text.contains("UTC") || text.contains("GMT"))
            }
            mention.start = date.start.iso
            mention.end = date.end.iso
            mention.grain = date.grain.rawValue
            mention.timex = date.timex
            mention.time = date.time
            mention.part = date.part
            return [mention]
        }
    }

    /// An anchored expression resolved against the last date before it (`DateAnchor`): "the day"
    /// (`anchor: day`) is that day moved by `produces.offset`; "the entire year" (`anchor: year`)
    /// that day's year moved by `produces.shift`. Nil when nothing is written before it.
    private func anchored(_ anchor: String?, _ parts: DateParts, _ span: Range<Int>, _ context: ExtractionContext) -> ResolvedDate? {
        switch anchor {
        case "day":
            guard let last = DateAnchor.lastDate(before: span, in: context, where: { $0.grain == "day" }),
                  let day = last.start.flatMap(CalendarDate.init(iso:)) else { return nil }
            return .day(day.adding(days: parts.dayOffset))
        case "period":
            // "the following week", "the previous month": the period after or before the last date's.
            guard let unit = parts.unit("DATE_PERIOD_UNIT"),
                  let last = DateAnchor.lastDate(before: span, in: context, needs: .period, where: { $0.grain != nil }),
                  let day = last.start.flatMap(CalendarDate.init(iso:)) else { return nil }
            return DateResolver.period(unit, containing: day).shifted(by: parts.shift ?? 0)
        case "year-back":
            // "the same month a year ago" after "January sales rose": January, one year back.
            guard let last = DateAnchor.lastDate(before: span, in: context, needs: .period, where: { $0.grain == "month" || $0.grain == "quarter" }),
                  let day = last.start.flatMap(CalendarDate.init(iso:)), let grain = last.grain.flatMap(DateGrain.init(rawValue:)) else { return nil }
            return DateResolver.period(grain, containing: day.adding(months: -12))
        case "year":
            // A year written out ("2005", "the fourth quarter of 2005"), not one counted from the meeting.
            guard let last = DateAnchor.lastDate(before: span, in: context, needs: .year, where: { mention in
                      mention.text.contains { $0.isNumber } && mention.text.split(whereSeparator: { !$0.isNumber }).contains { $0.count == 4 }
                  }),
                  let year = last.start.flatMap(CalendarDate.init(iso:))?.year else { return nil }
            return .year(year + (parts.shift ?? 0))
        default:
            return nil
        }
    }
}
