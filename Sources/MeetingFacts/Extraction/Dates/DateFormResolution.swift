/// What one date match resolves to, by the shape its rule produces (`produces.form`): a day, a
/// calendar period, a period counted from the meeting, or a named one (a season, a holiday, a
/// range, the document's own time). The direction of the clause is read only by the forms that
/// leave the year or the week open.
struct DateFormResolution {
    enum Outcome {
        case resolved(ResolvedDate)
        /// The document's own time rather than a calendar period: PRESENT_REF, PAST_REF, FUTURE_REF.
        case reference(String)
        /// A date, but one that needs a meeting date the note does not have.
        case unresolved
        /// Not a date after all.
        case rejected
    }

    let parts: DateParts
    let resolver: DateResolver?
    /// Numeric dates read month first ("3/4" is March 4).
    let monthFirst: Bool

    func outcome(of form: String) -> Outcome {
        day(form) ?? period(form) ?? relative(form) ?? named(form) ?? .unresolved
    }

    private func need(_ body: (DateResolver) -> ResolvedDate?) -> Outcome {
        guard let resolver else { return .unresolved }
        return body(resolver).map(Outcome.resolved) ?? .rejected
    }

    private func known(_ date: ResolvedDate?) -> Outcome { date.map(Outcome.resolved) ?? .rejected }

    /// A yearly period: in the year the text names, else the occurrence the direction picks.
    private func yearly(_ period: @escaping (Int) -> ResolvedDate?) -> Outcome {
        if let year = parts.year { return known(period(year)) }
        return need { $0.occurrence(period) }
    }

    /// Forms that name one day (or the week of one): "Oct 15", "15/10", "the third Friday of May".
    private func day(_ form: String) -> Outcome? {
        switch form {
        case "ymd", "month-day", "day-month":
            guard let month = parts.month, let day = parts.day else { return .rejected }
            return yearly { year in parts.day(year: year, month: month, day: day).map(ResolvedDate.day) }
        case "numeric":
            guard let first = parts.number("first"), let second = parts.number("second") else { return .rejected }
            // Without a year or a word such as "on"/"by" in front, two small numbers read as a fraction.
            if parts.year == nil && !parts.has("cue") && first <= 12 && second <= 12 { return .rejected }
            var (month, day) = monthFirst ? (first, second) : (second, first)
            if month > 12 && day <= 12 { swap(&month, &day) }
            return yearly { year in parts.day(year: year, month: month, day: day).map(ResolvedDate.day) }
        case "week-of":
            if let iso = parts.text("iso"), let date = CalendarDate(iso: iso) { return .resolved(.week(containing: date)) }
            guard let month = parts.month, let day = parts.day else { return .rejected }
            return yearly { year in parts.day(year: year, month: month, day: day).map(ResolvedDate.week(containing:)) }
        case "iso-week":
            guard let week = parts.number("week") else { return .rejected }
            func isoWeek(_ year: Int) -> ResolvedDate? {
                let monday = CalendarDate(year: year, month: 1, day: 4).startOfISOWeek.adding(days: 7 * (week - 1))
                let resolved = ResolvedDate.week(containing: monday)
                return resolved.start.isoWeek.year == year ? resolved : nil
            }
            if let year = parts.year { return known(isoWeek(year)) }
            return need { isoWeek($0.reference.isoWeek.year) }
        case "nth-weekday":
            return nthWeekday()
        case "weekday-count":
            // "two Fridays from now", "three Mondays ago": that weekday, counted in weeks.
            guard let weekday = parts.weekday, let count = parts.count else { return .rejected }
            let back = parts.match.rule.produced("direction") == "past"
            return need { resolver in
                let next = DateResolver(reference: resolver.reference, direction: back ? .past : .future).weekday(weekday).start
                let first = next == resolver.reference ? next.adding(days: back ? -7 : 7) : next
                return .day(first.adding(days: (back ? -7 : 7) * (count - 1)))
            }
        case "day-of-shifted-month":
            guard let day = parts.day, let shift = parts.shift else { return .rejected }
            return need { resolver in
                let month = resolver.relativePeriod(.month, shift: shift).start
                return parts.day(year: month.year, month: month.month, day: day).map(ResolvedDate.day)
            }
        case "day-of-month":
            guard let day = parts.day else { return .rejected }
            return need { $0.dayOfMonth(day) }
        default:
            return nil
        }
    }

    /// "the third Friday of May", "the last Monday of next month".
    private func nthWeekday() -> Outcome {
        guard let nth = parts.has("lastnth") ? -1 : parts.lexiconNumber("nth", in: "DATE_ORDINAL", key: "value"),
              let weekday = parts.weekday else {
            return .rejected
        }
        /// The nth such weekday of a month (-1: the last), nil when the month has fewer.
        func nthWeekday(of month: ResolvedDate) -> ResolvedDate? {
            if nth < 0 { return .day(month.end.adding(days: -((month.end.weekday - weekday + 7) % 7))) }
            let first = month.start
            let day = first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (nth - 1))
            return day.month == first.month ? .day(day) : nil
        }
        if let shift = parts.shift { return need { nthWeekday(of: $0.relativePeriod(.month, shift: shift)) } }
        guard let month = parts.month else { return .rejected }
        return yearly { nthWeekday(of: .month(year: $0, month: month)) }
    }

    /// Forms that name a calendar period: a month, a part of one, a quarter, a year, a decade.
    private func period(_ form: String) -> Outcome? {
        switch form {
        case "month-year", "month":
            guard let month = parts.month else { return .rejected }
            return yearly { ResolvedDate.month(year: $0, month: month) }
        case "shift-month":
            guard let month = parts.month, let shift = parts.shift else { return .rejected }
            return need { resolver in
                let reference = resolver.reference
                var year = reference.year
                if shift > 0 && month <= reference.month { year += 1 }
                if shift < 0 && month >= reference.month { year -= 1 }
                return .month(year: year, month: month)
            }
        case "part-of-month":
            guard let month = parts.month, let part = parts.part else { return .rejected }
            return yearly { DateResolver.part(part, of: .month(year: $0, month: month)) }
        case "part-of-quarter":
            guard let part = parts.part,
                  let quarter = parts.number("quarter") ?? parts.lexiconNumber("quarterord", in: "DATE_ORDINAL", key: "value"),
                  (1...4).contains(quarter) else { return .rejected }
            return yearly { DateResolver.part(part, of: .quarter(year: $0, quarter: quarter)) }
        case "part-of-year":
            guard let year = parts.year, let part = parts.part else { return parts.year == nil ? .unresolved : .rejected }
            return known(DateResolver.part(part, of: .year(year)))
        case "year":
            guard let year = parts.year else { return .rejected }
            return .resolved(.year(year))
        case "quarter":
            guard let quarter = parts.number("quarter") ?? parts.lexiconNumber("quarterord", in: "DATE_ORDINAL", key: "value"),
                  (1...4).contains(quarter) else { return .rejected }
            return yearly { ResolvedDate.quarter(year: $0, quarter: quarter) }
        case "half":
            guard let half = parts.number("half") ?? parts.lexiconNumber("halford", in: "DATE_ORDINAL", key: "value"),
                  (1...2).contains(half) else { return .rejected }
            return yearly { ResolvedDate.half(year: $0, half: half) }
        case "week-of-month":
            guard let month = parts.month else { return .rejected }
            let nth = parts.has("last") ? -1 : (parts.lexiconNumber("nth", in: "DATE_ORDINAL", key: "value") ?? 1)
            return yearly { DateResolver.week(nth, of: .month(year: $0, month: month)) }
        case "fiscal-year":
            return fiscalYear()
        case "decade":
            guard let digits = parts.number("decade") ?? parts.number("decade2") ?? parts.number("decade3")
                    ?? parts.lexiconNumber("decadeword", in: "DATE_DECADE_WORD", key: "decade") else {
                return .rejected
            }
            let pivot = Int(parts.rules.number(setting: "date.two_digit_decade_pivot", default: 30))
            let first = digits >= 100 ? digits : (digits < pivot ? 2000 + digits : 1900 + digits)
            guard first % 10 == 0 else { return .rejected }
            return .resolved(.decade(first))
        case "century":
            guard let ordinal = parts.number("century") ?? parts.lexiconNumber("centuryword", in: "DATE_ORDINAL", key: "value"),
                  (1...30).contains(ordinal) else { return .rejected }
            return .resolved(.century(ordinal - 1))
        default:
            return nil
        }
    }

    /// "FY2026", "Q3 FY25": the fiscal year that starts in the `date.fiscal_year_start_month`.
    private func fiscalYear() -> Outcome {
        guard let year = parts.year else { return .rejected }
        let startMonth = Int(parts.rules.number(setting: "date.fiscal_year_start_month", default: 1))
        let fiscal = ResolvedDate.fiscalYear(year, startMonth: (1...12).contains(startMonth) ? startMonth : 1)
        guard let quarter = parts.number("quarter") ?? parts.number("quarter2") else { return .resolved(fiscal) }
        guard (1...4).contains(quarter) else { return .rejected }
        let first = fiscal.start.adding(months: 3 * (quarter - 1))
        return .resolved(ResolvedDate(start: first, end: first.adding(months: 3).adding(days: -1), grain: .quarter,
                                      timex: fiscal.periodTimex + "-Q" + String(quarter)))
    }

    /// Forms counted from the meeting date: "tomorrow", "next week", "Friday", "in two weeks".
    private func relative(_ form: String) -> Outcome? {
        switch form {
        case "relative-day":
            guard let offset = parts.lexiconNumber("offset", in: "DATE_RELATIVE_DAY", key: "offset") else { return .rejected }
            return need { .day($0.reference.adding(days: offset)) }
        case "relative-period":
            guard let shift = parts.shift, let unit = parts.unit("DATE_PERIOD_UNIT") else { return .rejected }
            return need { $0.relativePeriod(unit, shift: shift) }
        case "weekday":
            guard let weekday = parts.weekday else { return .rejected }
            return need { $0.weekday(weekday) }
        case "shift-weekday":
            guard let weekday = parts.weekday, let shift = parts.shift else { return .rejected }
            return need { $0.weekday(weekday, weeksFromNow: shift) }
        case "count-from-now", "count-ago":
            guard let count = parts.count, let unit = parts.unit("DATE_COUNT_UNIT") else { return .rejected }
            if form == "count-from-now" && parts.looksBack { return .rejected }
            // "two years ago" has the grain of its unit (2023 in a note of 2025); "in two weeks" is a day.
            if form == "count-ago" { return need { DateResolver.period(unit, containing: $0.day(after: -count, unit).start) } }
            return need { $0.day(after: count, unit) }
        case "end-of":
            if let unit = parts.lexiconText("endof", in: "DATE_END_OF", key: "unit").flatMap(DateGrain.init(rawValue:)) {
                return need { .day($0.relativePeriod(unit, shift: 0).end) }
            }
            guard let unit = parts.unit("DATE_PERIOD_UNIT") else { return .rejected }
            return need { .day($0.relativePeriod(unit, shift: parts.shift ?? 0).end) }
        case "same-period-last-year":
            // A "period" in business writing is the month reported on.
            let word = parts.text("unit")?.lowercased() ?? ""
            let unit: DateGrain = word == "quarter" ? .quarter : word == "week" ? .week : .month
            return need { DateResolver.period(unit, containing: $0.reference.adding(months: -12)) }
        case "meeting-day":
            // "the day", "this morning", "tonight": the meeting's own day (`produces.offset` days on).
            let offset = parts.dayOffset
            return need { .day($0.reference.adding(days: offset)) }
        case "weekend":
            return need { resolver in
                // This week's Saturday and Sunday; "last"/"next" move by weeks; a bare "the weekend"
                // in a statement about the past on a weekday is the one just gone.
                var weeks = parts.shift ?? 0
                if parts.shift == nil || parts.shift == 0, resolver.direction == .past, resolver.reference.weekday < 6 { weeks -= 1 }
                let monday = resolver.reference.startOfISOWeek.adding(days: 7 * weeks)
                let week = ResolvedDate.week(containing: monday)
                return ResolvedDate(start: monday.adding(days: 5), end: monday.adding(days: 6), grain: .week, timex: week.periodTimex + "-WE")
            }
        default:
            return nil
        }
    }

    /// Forms with a name or two ends: the document's own time, a range, a season, a holiday.
    private func named(_ form: String) -> Outcome? {
        switch form {
        case "reference":
            guard let value = parts.match.rule.produced("value") ?? parts.lexiconText("ref", in: "DATE_DOCUMENT_TIME", key: "value") else {
                return .rejected
            }
            return .reference(value)
        case "range":
            return range()
        case "season":
            return season()
        case "holiday":
            guard let entry = parts.rules.lexicon("DATE_HOLIDAY")?.entry(for: parts.text("holiday") ?? "") else { return .rejected }
            return yearly { DateResolver.holiday(entry, in: $0) }
        default:
            return nil
        }
    }

    /// "summer 2025", "this winter", "next spring": a season of a year, or the one the shift
    /// or the direction picks.
    private func season() -> Outcome {
        guard let season = parts.lexiconText("season", in: "DATE_SEASON", key: "season")
                ?? parts.lexiconText("season2", in: "DATE_SEASON", key: "season") else { return .rejected }
        if let year = parts.year { return known(ResolvedDate.season(year: year, season: season)) }
        guard let shift = parts.shift else { return yearly { ResolvedDate.season(year: $0, season: season) } }
        return need { resolver in
            // "this summer" is the summer of the meeting's year; next/last step from the current season.
            let current = DateResolver.period(.season, containing: resolver.reference)
            guard shift != 0 else {
                let year = season == "WI" && resolver.reference.month <= 2 ? resolver.reference.year - 1 : resolver.reference.year
                return ResolvedDate.season(year: year, season: season)
            }
            var candidate = current
            for _ in 0..<4 {
                candidate = candidate.shifted(by: shift > 0 ? 1 : -1)
                if candidate.periodTimex.hasSuffix(season) { return candidate }
            }
            return nil
        }
    }

    /// A range with both ends written: from the first day of its start to the last day of its end,
    /// with the grain and timex of the start. `produces.of` names the shape of each end; the end
    /// takes what it leaves out from the start (its month, its year) and never lies before it.
    private func range() -> Outcome {
        let of = parts.match.rule.produced("of") ?? ""
        let parts = self.parts
        func ends(_ year: Int) -> (ResolvedDate, ResolvedDate)? {
            switch of {
            case "month-day":
                guard let month = parts.month, let day = parts.day, let day2 = parts.day2 else { return nil }
                let month2 = parts.month2 ?? month
                guard let first = parts.day(year: year, month: month, day: day) else { return nil }
                var second = parts.day(year: year, month: month2, day: day2)
                if let end = second, end < first { second = parts.day(year: year + 1, month: month2, day: day2) }
                return second.map { (.day(first), .day($0)) }
            case "month":
                guard let month = parts.month, let month2 = parts.month2 else { return nil }
                return (.month(year: year, month: month), .month(year: month2 < month ? year + 1 : year, month: month2))
            default:
                return nil
            }
        }
        switch of {
        case "year":
            guard let first = parts.year, let second = parts.year2, second > first else { return .rejected }
            return .resolved(ResolvedDate.year(first).through(.year(second)))
        case "ymd":
            guard let year = parts.year, let month = parts.month, let day = parts.day,
                  let start = parts.day(year: year, month: month, day: day) else { return .rejected }
            let year2 = parts.number("year2") ?? year, month2 = parts.month2 ?? month
            guard let day2 = parts.day2, let end = parts.day(year: year2, month: month2, day: day2), end >= start else { return .rejected }
            return .resolved(ResolvedDate.day(start).through(.day(end)))
        default:
            // A year written once ("Sept 3-5, 2026", "Nov–Dec 2025") is the year of the start.
            if let year = parts.year ?? parts.year2 {
                guard let (first, second) = ends(year) else { return .rejected }
                return .resolved(first.through(second))
            }
            guard let resolver else { return .unresolved }
            guard let first = resolver.occurrence({ year in ends(year)?.0 }), let (start, end) = ends(first.start.year) else {
                return .rejected
            }
            return .resolved(start.through(end))
        }
    }
}
