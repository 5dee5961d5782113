/// A date mention resolved to the calendar: its first and last day (inclusive), its grain, and the
/// TIMEX3 value that names it (`2026-01-15`, `2026-W03`, `2026-01`, `2026-Q2`, `2026-H1`, `2026`).
public struct ResolvedDate: Sendable, Equatable {
    public var start: CalendarDate
    public var end: CalendarDate
    public var grain: DateGrain
    public var timex: String

    public init(start: CalendarDate, end: CalendarDate, grain: DateGrain, timex: String) {
        self.start = start
        self.end = end
        self.grain = grain
        self.timex = timex
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

    /// The same period with its days narrowed to `start…end` (early/mid/late keep grain and timex).
    func narrowed(from start: CalendarDate, to end: CalendarDate) -> ResolvedDate {
        ResolvedDate(start: start, end: end, grain: grain, timex: timex)
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
        case .year: return .year(start.year + count)
        }
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
