/// What a meeting note's file name says: `YYYY-MM-DD - Title.md`, `YYYY-MM-DD HH MM - Title.md`,
/// `YYYY-MM-DD HH:MM - Title.md`, `YYYY-MM - Title.md` (a month), or just a title.
public struct NoteFileName: Sendable, Equatable {
    /// The day named; for a name with only a year and month, the first day of that month.
    public var date: CalendarDate?
    /// True when the name gives only a year and month.
    public var isMonthOnly = false
    /// `HH:MM` when the name carries a time.
    public var time: String?
    /// The name without the date, time and `.md`; the whole link name when there is no date.
    public var title: String

    public init(_ fileName: String) {
        var name = Substring(fileName)
        if name.lowercased().hasSuffix(".md") { name = name.dropLast(3) }
        let linkName = String(name)
        guard name.count >= 10, let date = CalendarDate(iso: name.prefix(10)),
              name.dropFirst(10).first.map({ !$0.isNumber }) ?? true else {
            time = nil
            if let month = NoteFileName.month(atStartOf: name) {
                date = month
                isMonthOnly = true
                let rest = name.dropFirst(7).drop(while: { $0 == " " || $0 == "-" || $0 == "_" || $0 == "–" || $0 == "—" })
                title = rest.isEmpty ? linkName : String(rest)
            } else {
                date = nil
                title = linkName
            }
            return
        }
        self.date = date
        var rest = name.dropFirst(10)
        time = NoteFileName.time(after: &rest)
        rest = rest.drop(while: { $0 == " " || $0 == "-" || $0 == "_" || $0 == "–" || $0 == "—" })
        title = rest.isEmpty ? linkName : String(rest)
    }

    /// `YYYY-MM` at the start of a name, not followed by a digit or by `-` and a digit (a day): the
    /// first of that month.
    private static func month(atStartOf name: Substring) -> CalendarDate? {
        let head = name.prefix(7)
        guard head.count == 7, head.dropFirst(4).first == "-",
              let year = Int(head.prefix(4)), let month = Int(head.suffix(2)), head.prefix(4).allSatisfy(\.isNumber),
              head.suffix(2).allSatisfy(\.isNumber), (1...12).contains(month) else { return nil }
        let rest = name.dropFirst(7)
        if let next = rest.first, next.isNumber { return nil }
        if rest.first == "-", let after = rest.dropFirst().first, after.isNumber { return nil }
        return CalendarDate(year: year, month: month, day: 1)
    }

    /// ` HH MM`, ` HH:MM`, ` HHMM` or ` HH.MM` directly after the date; consumed from `rest`.
    private static func time(after rest: inout Substring) -> String? {
        let candidate = rest.drop(while: { $0 == " " || $0 == "T" || $0 == "_" })
        guard candidate.count < rest.count else { return nil }
        let digits = candidate.prefix(5)
        let hours = digits.prefix(2), afterHours = digits.dropFirst(2)
        var minutes: Substring
        if let separator = afterHours.first, separator == " " || separator == ":" || separator == "." || separator == "h" {
            minutes = afterHours.dropFirst().prefix(2)
        } else {
            minutes = afterHours.prefix(2)
        }
        guard hours.count == 2, minutes.count == 2, hours.allSatisfy(\.isNumber), minutes.allSatisfy(\.isNumber),
              let hour = Int(hours), let minute = Int(minutes), hour < 24, minute < 60 else { return nil }
        let end = minutes.endIndex
        guard end == candidate.endIndex || !candidate[end].isNumber else { return nil }
        rest = candidate[end...]
        return "\(hours):\(minutes)"
    }
}
