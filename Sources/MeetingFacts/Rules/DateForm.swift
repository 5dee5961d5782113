/// The shapes of date expression a `date` rule names in `produces: {form: …}`: the ones
/// `DateInterpreter` resolves. The rule loader rejects a form not listed here, at its place in the
/// rule file, so a misspelt form is an error rather than a date that never resolves.
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
    case century
    case decade
    case fiscalYear = "fiscal-year"
    case holiday
    case meetingDay = "meeting-day"
    case range
    case reference
    case season
    case weekOfMonth = "week-of-month"
    case weekdayCount = "weekday-count"
    case weekend
    case samePeriodLastYear = "same-period-last-year"
}
