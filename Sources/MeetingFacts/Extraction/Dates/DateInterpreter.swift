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
            DateResolver(reference: $0, direction: TemporalDirection.around(span, in: context))
        }
        let parts = DateParts(match: match, rules: context.rules, reference: context.referenceDate)
        switch resolve(match.rule.produced("form").flatMap(DateForm.init(rawValue:)), parts, resolver, monthFirst: context.monthFirst) {
        case .rejected:
            return []
        case .unresolved:
            return [mention]
        case let .resolved(date):
            mention.start = date.start.iso
            mention.end = date.end.iso
            mention.grain = date.grain.rawValue
            mention.timex = date.timex
            return [mention]
        }
    }

    private enum Outcome {
        case resolved(ResolvedDate)
        /// A date, but one that needs a meeting date the note does not have.
        case unresolved
        /// Not a date after all.
        case rejected
    }

    private func resolve(_ form: DateForm?, _ parts: DateParts, _ resolver: DateResolver?, monthFirst: Bool) -> Outcome {
        func need(_ body: (DateResolver) -> ResolvedDate?) -> Outcome {
            guard let resolver else { return .unresolved }
            return body(resolver).map(Outcome.resolved) ?? .rejected
        }
        func known(_ date: ResolvedDate?) -> Outcome { date.map(Outcome.resolved) ?? .rejected }
        /// A yearly period: in the year the text names, else the occurrence the direction picks.
        func yearly(_ period: @escaping (Int) -> ResolvedDate?) -> Outcome {
            if let year = parts.year { return known(period(year)) }
            return need { $0.occurrence(period) }
        }

        switch form {
        case .ymd?, .monthDay?, .dayMonth?:
            guard let month = parts.month, let day = parts.day else { return .rejected }
            return yearly { year in parts.day(year: year, month: month, day: day).map(ResolvedDate.day) }
        case .numeric?:
            guard let first = parts.number("first"), let second = parts.number("second") else { return .rejected }
            // Without a year or a word such as "on"/"by" in front, two small numbers read as a fraction.
            if parts.year == nil && !parts.has("cue") && first <= 12 && second <= 12 { return .rejected }
            var (month, day) = monthFirst ? (first, second) : (second, first)
            if month > 12 && day <= 12 { swap(&month, &day) }
            return yearly { year in parts.day(year: year, month: month, day: day).map(ResolvedDate.day) }
        case .monthYear?, .month?:
            guard let month = parts.month else { return .rejected }
            return yearly { ResolvedDate.month(year: $0, month: month) }
        case .shiftMonth?:
            guard let month = parts.month, let shift = parts.shift else { return .rejected }
            return need { resolver in
                let reference = resolver.reference
                var year = reference.year
                if shift > 0 && month <= reference.month { year += 1 }
                if shift < 0 && month >= reference.month { year -= 1 }
                return .month(year: year, month: month)
            }
        case .partOfMonth?:
            guard let month = parts.month, let part = parts.part else { return .rejected }
            return yearly { DateResolver.part(part, of: .month(year: $0, month: month)) }
        case .partOfQuarter?:
            guard let part = parts.part,
                  let quarter = parts.number("quarter") ?? parts.lexiconNumber("quarterord", in: "DATE_ORDINAL", key: "value"),
                  (1...4).contains(quarter) else { return .rejected }
            return yearly { DateResolver.part(part, of: .quarter(year: $0, quarter: quarter)) }
        case .partOfYear?:
            guard let year = parts.year, let part = parts.part else { return parts.year == nil ? .unresolved : .rejected }
            return known(DateResolver.part(part, of: .year(year)))
        case .year?:
            guard let year = parts.year else { return .rejected }
            return .resolved(.year(year))
        case .weekOf?:
            if let iso = parts.text("iso"), let date = CalendarDate(iso: iso) { return .resolved(.week(containing: date)) }
            guard let month = parts.month, let day = parts.day else { return .rejected }
            return yearly { year in parts.day(year: year, month: month, day: day).map(ResolvedDate.week(containing:)) }
        case .isoWeek?:
            guard let week = parts.number("week") else { return .rejected }
            func isoWeek(_ year: Int) -> ResolvedDate? {
                let monday = CalendarDate(year: year, month: 1, day: 4).startOfISOWeek.adding(days: 7 * (week - 1))
                let resolved = ResolvedDate.week(containing: monday)
                return resolved.start.isoWeek.year == year ? resolved : nil
            }
            if let year = parts.year { return known(isoWeek(year)) }
            return need { isoWeek($0.reference.isoWeek.year) }
        case .relativeDay?:
            guard let offset = parts.lexiconNumber("offset", in: "DATE_RELATIVE_DAY", key: "offset") else { return .rejected }
            return need { .day($0.reference.adding(days: offset)) }
        case .relativePeriod?:
            guard let shift = parts.shift, let unit = parts.unit("DATE_PERIOD_UNIT") else { return .rejected }
            return need { $0.relativePeriod(unit, shift: shift) }
        case .weekday?:
            guard let weekday = parts.weekday else { return .rejected }
            return need { $0.weekday(weekday) }
        case .shiftWeekday?:
            guard let weekday = parts.weekday, let shift = parts.shift else { return .rejected }
            return need { $0.weekday(weekday, weeksFromNow: shift) }
        case .countFromNow?, .countAgo?:
            guard let count = parts.count, let unit = parts.unit("DATE_COUNT_UNIT") else { return .rejected }
            if form == .countFromNow && parts.looksBack { return .rejected }
            return need { $0.day(after: form == .countAgo ? -count : count, unit) }
        case .endOf?:
            if let unit = parts.lexiconText("endof", in: "DATE_END_OF", key: "unit").flatMap(DateGrain.init(rawValue:)) {
                return need { .day($0.relativePeriod(unit, shift: 0).end) }
            }
            guard let unit = parts.unit("DATE_PERIOD_UNIT") else { return .rejected }
            return need { .day($0.relativePeriod(unit, shift: parts.shift ?? 0).end) }
        case .nthWeekday?:
            guard let nth = parts.lexiconNumber("nth", in: "DATE_ORDINAL", key: "value"), let weekday = parts.weekday else {
                return .rejected
            }
            /// The nth such weekday of a month, nil when the month has fewer.
            func nthWeekday(of month: ResolvedDate) -> ResolvedDate? {
                let first = month.start
                let day = first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (nth - 1))
                return day.month == first.month ? .day(day) : nil
            }
            if let shift = parts.shift { return need { nthWeekday(of: $0.relativePeriod(.month, shift: shift)) } }
            guard let month = parts.month else { return .rejected }
            return yearly { nthWeekday(of: .month(year: $0, month: month)) }
        case .dayOfShiftedMonth?:
            guard let day = parts.day, let shift = parts.shift else { return .rejected }
            return need { resolver in
                let month = resolver.relativePeriod(.month, shift: shift).start
                return parts.day(year: month.year, month: month.month, day: day).map(ResolvedDate.day)
            }
        case .dayOfMonth?:
            guard let day = parts.day else { return .rejected }
            return need { $0.dayOfMonth(day) }
        case .quarter?:
            guard let quarter = parts.number("quarter") ?? parts.lexiconNumber("quarterord", in: "DATE_ORDINAL", key: "value"),
                  (1...4).contains(quarter) else { return .rejected }
            return yearly { ResolvedDate.quarter(year: $0, quarter: quarter) }
        case .half?:
            guard let half = parts.number("half") ?? parts.lexiconNumber("halford", in: "DATE_ORDINAL", key: "value"),
                  (1...2).contains(half) else { return .rejected }
            return yearly { ResolvedDate.half(year: $0, half: half) }
        case nil:
            // No form: the loader refuses such a date rule, but a rule set built in code may have one.
            return .unresolved
        }
    }
}
