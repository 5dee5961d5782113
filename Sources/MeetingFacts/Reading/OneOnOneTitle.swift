/// What a note's H1 says about the meeting: `1:1 — Name — 2025-10-28` names an attendee and a
/// date; a recorder's `20251028 0800 … Transcription` carries a date.
struct OneOnOneTitle {
    var person: String?
    var date: CalendarDate?

    init(_ heading: String) {
        let parts = OneOnOneTitle.split(heading)
        if parts.count >= 2, ["1:1", "1-1", "1on1", "1 on 1", "one-on-one"].contains(parts[0].lowercased()) {
            person = parts[1]
            date = parts.dropFirst(2).lazy.compactMap { NoteParser.calendarDate(in: $0) }.first
        }
        if date == nil {
            let digits = heading.prefix(8)
            if digits.count == 8, digits.allSatisfy(\.isNumber), heading.dropFirst(8).first.map({ !$0.isNumber }) ?? true,
               let year = Int(digits.prefix(4)), let month = Int(digits.dropFirst(4).prefix(2)), let day = Int(digits.suffix(2)),
               CalendarDate.isValid(year: year, month: month, day: day) {
                date = CalendarDate(year: year, month: month, day: day)
            } else {
                date = NoteParser.calendarDate(in: String(heading.prefix(10)))
            }
        }
    }

    /// Parts between ` — `, ` – ` or ` - ` separators.
    private static func split(_ heading: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var characters = Array(heading)[...]
        while let character = characters.first {
            if character == " ", characters.count >= 3, "—–-".contains(characters[characters.startIndex + 1]), characters[characters.startIndex + 2] == " " {
                parts.append(current.trimmingWhitespace())
                current = ""
                characters = characters.dropFirst(3)
                continue
            }
            current.append(character)
            characters = characters.dropFirst()
        }
        parts.append(current.trimmingWhitespace())
        return parts.filter { !$0.isEmpty }
    }
}
