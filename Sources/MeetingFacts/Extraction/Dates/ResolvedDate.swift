/// A date mention resolved to the calendar: its first and last day (inclusive), its grain, and the
/// TIMEX3 value that names it (`2026-01-15`, `2026-W03`, `2026-01`, `2026-Q2`, `2026-H1`, `2026`,
/// `2026-SU`, `199` for the 1990s, `19` for the 20th century, `FY2026`). A day may carry a time of
/// day (`15:00`) or a part of the day (`AF`), which the timex then names (`2026-03-23T15:00`).
public struct ResolvedDate: Sendable, Equatable {
    public var start: CalendarDate
    public var end: CalendarDate
    public var grain: DateGrain
    /// The TIMEX3 value of the period, without a time of day.
    public var periodTimex: String
    /// "15:00", 24-hour.
    public var time: String?
    /// MO, AF, EV or NI.
    public var part: String?
    /// The time was written in UTC (or GMT): the timex ends in `Z`.
    public var utc = false

    public init(start: CalendarDate, end: CalendarDate, grain: DateGrain, timex: String, time: String? = nil, part: String? = nil) {
        self.start = start
        self.end = end
        self.grain = grain
        self.periodTimex = timex
        self.time = time
        self.part = part
    }

    /// The TIMEX3 value: the period's, with `T` and the time or part of day when the date names one.
    public var timex: String {
        if let time { return periodTimex + "T" + time + (utc ? "Z" : "") }
        if let part { return periodTimex + "T" + part }
        return periodTimex
    }

    /// The same day at a time of day or in a part of the day.
    public func at(time: String?, part: String?, utc: Bool = false) -> ResolvedDate {
        var copy = self
        copy.time = time
        copy.part = time == nil ? part : nil
        copy.utc = time != nil && utc
        return copy
    }

    /// From the first day of this period to the last day of `other`, with this period's grain and
    /// timex: "Sept 3-5", "Nov–Dec", "2019-2020".
    public func through(_ other: ResolvedDate) -> ResolvedDate {
        ResolvedDate(start: start, end: max(end, other.end), grain: grain, timex: periodTimex)
    }

    public static func day(_ date: CalendarDate) -> ResolvedDate {
        ResolvedDate(start: date, end: date, grain: .day, timex: date.iso)
    }

    /// The ISO week (Monday to Sunday) holding `date`, named by its ISO week-year.
    public static func week(containing date: CalendarDate) -> ResolvedDate {
        let monday = date.startOfISOWeek
        let week = date.isoWeek
        return ResolvedDate(start: monday, end: monday.adding(days: 6), grain: .week,
                            timex: "\(pad(week.year, 4))-W\(pad(week.week, 2))")
    }

    public static func month(year: Int, month: Int) -> ResolvedDate {
        ResolvedDate(start: CalendarDate(year: year, month: month, day: 1),
                     end: CalendarDate(year: year, month: month, day: CalendarDate.daysInMonth(year: year, month: month)),
                     grain: .month, timex: "\(pad(year, 4))-\(pad(month, 2))")
    }

    /// Calendar quarter 1…4.
    public static func quarter(year: Int, quarter: Int) -> ResolvedDate {
        let firstMonth = (quarter - 1) * 3 + 1
        return ResolvedDate(start: CalendarDate(year: year, month: firstMonth, day: 1),
                            end: month(year: year, month: firstMonth + 2).end,
                            grain: .quarter, timex: "\(pad(year, 4))-Q\(quarter)")
    }

    /// Calendar half 1 (January–June) or 2 (July–December).
    public static func half(year: Int, half: Int) -> ResolvedDate {
        let firstMonth = half == 1 ? 1 : 7
        return ResolvedDate(start: CalendarDate(year: year, month: firstMonth, day: 1),
                            end: month(year: year, month: firstMonth + 5).end,
                            grain: .half, timex: "\(pad(year, 4))-H\(half)")
    }

    public static func year(_ year: Int) -> ResolvedDate {
        ResolvedDate(start: CalendarDate(year: year, month: 1, day: 1), end: CalendarDate(year: year, month: 12, day: 31),
                     grain: .year, timex: pad(year, 4))
    }

    /// A fiscal year named by the calendar year it ends in (`FY26` → `FY2026`). Fiscal calendars
    /// differ per company: it spans the twelve months from `startMonth` of the previous year
    /// (January: the calendar year itself).
    public static func fiscalYear(_ year: Int, startMonth: Int = 1) -> ResolvedDate {
        let first = startMonth == 1 ? CalendarDate(year: year, month: 1, day: 1) : CalendarDate(year: year - 1, month: startMonth, day: 1)
        return ResolvedDate(start: first, end: first.adding(months: 12).adding(days: -1), grain: .year, timex: "FY" + pad(year, 4))
    }

    /// A meteorological season of the northern hemisphere: SP March–May, SU June–August, FA
    /// September–November, WI December–February (the winter of 2025 starts in December 2025).
    public static func season(year: Int, season: String) -> ResolvedDate? {
        let firstMonth: Int
        switch season {
        case "SP": firstMonth = 3
        case "SU": firstMonth = 6
        case "FA": firstMonth = 9
        case "WI": firstMonth = 12
        default: return nil
        }
        let first = CalendarDate(year: year, month: firstMonth, day: 1)
        return ResolvedDate(start: first, end: first.adding(months: 3).adding(days: -1), grain: .season,
                            timex: pad(year, 4) + "-" + season)
    }

    /// The ten years from `firstYear` (1990 → the 1990s, timex `199`).
    public static func decade(_ firstYear: Int) -> ResolvedDate {
        ResolvedDate(start: CalendarDate(year: firstYear, month: 1, day: 1), end: CalendarDate(year: firstYear + 9, month: 12, day: 31),
                     grain: .decade, timex: pad(firstYear / 10, 3))
    }

    /// The hundred years written as `first`00–`first`99 (the 20th century is 1900–1999, timex `19`),
    /// as TimeML counts centuries.
    public static func century(_ first: Int) -> ResolvedDate {
        ResolvedDate(start: CalendarDate(year: first * 100, month: 1, day: 1), end: CalendarDate(year: first * 100 + 99, month: 12, day: 31),
                     grain: .century, timex: pad(first, 2))
    }

    /// The same period with its days narrowed to `start…end` (early/mid/late keep grain and timex).
    func narrowed(from start: CalendarDate, to end: CalendarDate) -> ResolvedDate {
        ResolvedDate(start: start, end: end, grain: grain, timex: periodTimex)
    }

    /// The period after or before this one by `count` periods of its own grain.
    func shifted(by count: Int) -> ResolvedDate {
        switch grain {
        case .day: return .day(start.adding(days: count))
        case .week: return .week(containing: start.adding(days: 7 * count))
        case .month:
            let first = start.adding(months: count)
            return .month(year: first.year, month: first.month)
        case .quarter:
            let first = start.adding(months: 3 * count)
            return .quarter(year: first.year, quarter: (first.month - 1) / 3 + 1)
        case .half:
            let first = start.adding(months: 6 * count)
            return .half(year: first.year, half: first.month <= 6 ? 1 : 2)
        case .year:
            guard periodTimex.hasPrefix("FY") else { return .year(start.year + count) }
            let end = end.adding(months: 12 * count)
            return ResolvedDate(start: start.adding(months: 12 * count), end: end, grain: .year, timex: "FY" + ResolvedDate.pad(end.year, 4))
        case .season: return DateResolver.period(.season, containing: start.adding(months: 3 * count))
        case .decade: return .decade(start.year + 10 * count)
        case .century: return .century(start.year / 100 + count)
        }
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
