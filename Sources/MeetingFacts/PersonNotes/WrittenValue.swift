/// A Contact Information value a run wrote into a person note — company, role or department — with
/// the date of the meeting that stated it. Where the note still shows it, the value is the run's to
/// replace when a newer meeting states another; a value the person typed is theirs and stays.
public struct WrittenValue: Sendable, Equatable {
    public var value: String
    public var date: CalendarDate

    public init(value: String, date: CalendarDate) {
        self.value = value
        self.date = date
    }
}
