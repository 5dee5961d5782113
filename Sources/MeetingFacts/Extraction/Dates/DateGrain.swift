/// The size of the period a date mention names, as the `grain` key of the extract contract.
public enum DateGrain: String, Sendable, Equatable {
    case day, week, month, quarter, half, year, season, decade, century
}
