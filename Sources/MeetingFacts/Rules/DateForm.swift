/// The shapes of date expression a `date` rule names in `produces: {form: …}`. `DateInterpreter`
/// resolves every one (its switch over them is exhaustive, so the compiler holds it), and the rule
/// loader rejects a form not listed here, at its place in the rule file.
public enum DateForm: String, CaseIterable, Sendable {
    case ymd
    case monthDay = "month-day"
    case dayMonth = "day-month"
    case numeric
    case monthYear = "month-year"
    case month
    case shiftMonth = "shift-month"
    case partOfMonth = "part-of-month"
    case partOfQuarter = "part-of-quarter"
    case partOfYear = "part-of-year"
    case year
    case weekOf = "week-of"
    case isoWeek = "iso-week"
    case relativeDay = "relative-day"
    case relativePeriod = "relative-period"
    case weekday
    case shiftWeekday = "shift-weekday"
    case countFromNow = "count-from-now"
    case countAgo = "count-ago"
    case endOf = "end-of"
    case nthWeekday = "nth-weekday"
    case dayOfShiftedMonth = "day-of-shifted-month"
    case dayOfMonth = "day-of-month"
    case quarter
    case half
}
