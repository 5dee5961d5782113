/// Calendar arithmetic of date expressions against the meeting date: which January "in Jan" means,
/// which week "next week" is, the last day "EOQ" names. Expressions that leave the year open take
/// the occurrence the sentence's direction points at.
public struct DateResolver: Sendable {
    public let reference: CalendarDate
    private let pending: PendingDirection
    public var direction: TemporalDirection { pending.direction }

    public init(reference: CalendarDate, direction: TemporalDirection) {
        self.reference = reference
        pending = PendingDirection(known: direction)
    }

    /// A resolver whose direction is read only when a form needs it (see `PendingDirection`).
    init(reference: CalendarDate, direction: @escaping @Sendable () -> TemporalDirection) {
        self.reference = reference
        pending = PendingDirection(direction)
    }

    /// The occurrence of a yearly period (a month, a quarter, a day of the year) given by
    /// `period(year)`: in the future, the first one not yet over at the meeting date; in the past,
    /// the last one already begun; the period holding the meeting date is both. `nearest` takes
    /// whichever of the two lies closer to the meeting date, the future one on a tie.
    public func occurrence(_ period: (Int) -> ResolvedDate?) -> ResolvedDate? {
        switch direction {
        case .future:
            return ((reference.year - 1)...(reference.year + 4)).lazy.compactMap(period).first { $0.end >= reference }
        case .past:
            return ((reference.year - 4)...(reference.year + 1)).reversed().lazy.compactMap(period).first { $0.start <= reference }
        case .nearest:
            let ahead = DateResolver(reference: reference, direction: .future).occurrence(period)
            let behind = DateResolver(reference: reference, direction: .past).occurrence(period)
            return closer(ahead, behind)
        }
    }

    /// A bare weekday: the next one from the meeting date on, the last one up to it, or the nearer
    /// of the two; the meeting's own weekday is the meeting day, as the month of the meeting is that month.
    public func weekday(_ weekday: Int) -> ResolvedDate {
        let ahead = (weekday - reference.weekday + 7) % 7
        let back = (reference.weekday - weekday + 7) % 7
        switch direction {
        case .future: return .day(reference.adding(days: ahead))
        case .past: return .day(reference.adding(days: -back))
        case .nearest: return .day(reference.adding(days: ahead <= back ? ahead : -back))
        }
    }

    /// Of a future and a past candidate, the one whose days lie nearer the meeting date.
    private func closer(_ ahead: ResolvedDate?, _ behind: ResolvedDate?) -> ResolvedDate? {
        guard let ahead, let behind else { return ahead ?? behind }
        let forward = max(0, ahead.start.dayNumber - reference.dayNumber)
        let backward = max(0, reference.dayNumber - behind.end.dayNumber)
        return forward <= backward ? ahead : behind
    }

    /// A weekday of the ISO week `weeks` after the meeting's ("next Tuesday" is 1, "last Tuesday" -1).
    public func weekday(_ weekday: Int, weeksFromNow weeks: Int) -> ResolvedDate {
        .day(reference.startOfISOWeek.adding(days: 7 * weeks + weekday - 1))
    }

    /// The week, month, quarter, half or year holding `date`.
    public static func period(_ unit: DateGrain, containing date: CalendarDate) -> ResolvedDate {
        switch unit {
        case .day: return .day(date)
        case .week: return .week(containing: date)
        case .month: return .month(year: date.year, month: date.month)
        case .quarter: return .quarter(year: date.year, quarter: (date.month - 1) / 3 + 1)
        case .half: return .half(year: date.year, half: date.month <= 6 ? 1 : 2)
        case .year: return .year(date.year)
        case .season:
            let names = ["WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI"]
            return ResolvedDate.season(year: date.month <= 2 ? date.year - 1 : date.year, season: names[date.month - 1])!
        case .decade: return .decade(date.year / 10 * 10)
        case .century: return .century(date.year / 100)
        }
    }

    /// "this week" (shift 0), "next quarter" (1), "last year" (-1).
    public func relativePeriod(_ unit: DateGrain, shift: Int) -> ResolvedDate {
        DateResolver.period(unit, containing: reference).shifted(by: shift)
    }

    /// The single day `count` units after the meeting date (negative: before), as in "in two weeks"
    /// or "three days ago".
    public func day(after count: Int, _ unit: DateGrain) -> ResolvedDate {
        switch unit {
        case .day: return .day(reference.adding(days: count))
        case .week: return .day(reference.adding(days: 7 * count))
        case .month: return .day(reference.adding(months: count))
        case .quarter: return .day(reference.adding(months: 3 * count))
        case .half: return .day(reference.adding(months: 6 * count))
        case .year: return .day(reference.adding(months: 12 * count))
        case .season: return .day(reference.adding(months: 3 * count))
        case .decade: return .day(reference.adding(months: 120 * count))
        case .century: return .day(reference.adding(months: 1200 * count))
        }
    }

    /// A day of the month with no month ("on the 15th"): this month's or the next (previous) one's.
    public func dayOfMonth(_ day: Int) -> ResolvedDate? {
        guard (1...31).contains(day) else { return nil }
        if direction == .nearest {
            return closer(DateResolver(reference: reference, direction: .future).dayOfMonth(day),
                          DateResolver(reference: reference, direction: .past).dayOfMonth(day))
        }
        var month = CalendarDate(year: reference.year, month: reference.month, day: 1)
        for _ in 0..<12 {
            if CalendarDate.isValid(year: month.year, month: month.month, day: day) {
                let candidate = CalendarDate(year: month.year, month: month.month, day: day)
                if direction == .future ? candidate >= reference : candidate <= reference { return .day(candidate) }
            }
            month = month.adding(months: direction == .future ? 1 : -1)
        }
        return nil
    }

    /// Early, mid, late or the end of a month, a quarter or a year. Early/mid/late keep the period's
    /// grain and timex and narrow its days (a month to 1–10, 11–20, 21–end; a quarter to its first,
    /// second or third month; a year to January–April, May–August, September–December); the end is
    /// the single last day.
    public static func part(_ part: String, of period: ResolvedDate) -> ResolvedDate? {
        let start = period.start, end = period.end
        switch (period.grain, part) {
        case (_, "end"): return .day(end)
        case (.month, "early"): return period.narrowed(from: start, to: start.adding(days: 9))
        case (.month, "mid"): return period.narrowed(from: start.adding(days: 10), to: start.adding(days: 19))
        case (.month, "late"): return period.narrowed(from: start.adding(days: 20), to: end)
        case (.quarter, "early"): return period.narrowed(from: start, to: ResolvedDate.month(year: start.year, month: start.month).end)
        case (.quarter, "mid"):
            let middle = ResolvedDate.month(year: start.year, month: start.month + 1)
            return period.narrowed(from: middle.start, to: middle.end)
        case (.quarter, "late"): return period.narrowed(from: CalendarDate(year: start.year, month: start.month + 2, day: 1), to: end)
        case (.year, "early"): return period.narrowed(from: start, to: ResolvedDate.month(year: start.year, month: 4).end)
        case (.year, "mid"): return period.narrowed(from: CalendarDate(year: start.year, month: 5, day: 1),
                                                    to: ResolvedDate.month(year: start.year, month: 8).end)
        case (.year, "late"): return period.narrowed(from: CalendarDate(year: start.year, month: 9, day: 1), to: end)
        default: return nil
        }
    }

    /// The nth week of a month, as ISO weeks: the first is the week holding the month's first
    /// Thursday (so it lies mostly in the month), the others follow it; -1 is the week holding the
    /// month's last Thursday. Nil when the month has no such week.
    public static func week(_ nth: Int, of month: ResolvedDate) -> ResolvedDate? {
        let first = month.start
        if nth < 0 {
            let last = month.end
            let thursday = last.adding(days: -((last.weekday - 4 + 7) % 7))
            return .week(containing: thursday)
        }
        let thursday = first.adding(days: (4 - first.weekday + 7) % 7 + 7 * (nth - 1))
        return thursday.month == first.month ? .week(containing: thursday) : nil
    }

    /// A holiday of `year` from its entry in `DATE_HOLIDAY`: a fixed `month`/`day`; the `nth`
    /// `weekday` of a `month` (nth -1: the last one), moved by `offset` days (Black Friday is the
    /// day after the fourth Thursday of November); or `easter` days from Easter Sunday.
    public static func holiday(_ entry: Lexicon.Entry, in year: Int) -> ResolvedDate? {
        let offset = Int(entry.number("offset") ?? 0)
        if let fromEaster = entry.number("easter") { return .day(easter(year).adding(days: Int(fromEaster))) }
        guard let month = entry.number("month").map(Int.init) else { return nil }
        if let day = entry.number("day").map(Int.init) {
            guard CalendarDate.isValid(year: year, month: month, day: day) else { return nil }
            return .day(CalendarDate(year: year, month: month, day: day).adding(days: offset))
        }
        guard let weekday = entry.number("weekday").map(Int.init), let nth = entry.number("nth").map(Int.init) else { return nil }
        let period = ResolvedDate.month(year: year, month: month)
        if nth < 0 {
            let last = period.end
            return .day(last.adding(days: -((last.weekday - weekday + 7) % 7)).adding(days: offset))
        }
        let first = period.start
        return .day(first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (nth - 1) + offset))
    }

    /// Easter Sunday of the Gregorian calendar (the anonymous computus of Meeus, Jones and Butcher).
    public static func easter(_ year: Int) -> CalendarDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)
    }
}
