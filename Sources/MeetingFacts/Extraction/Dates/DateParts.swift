/// The parts a date rule's named groups hold, read as numbers through the date word lists:
/// `year` (or `yy`, or `yearshift` for "next year"), `month`, `day`, `weekday`, `shift`, `unit`,
/// `count`, `part`, and any numeric group by name.
struct DateParts {
    let match: RuleMatch
    let rules: RuleSet
    let reference: CalendarDate?

    func has(_ group: String) -> Bool { match.has(group) }

    func text(_ group: String) -> String? { match.group(group) }

    /// A group of digits as a number ("2nd" reads as 2).
    func number(_ group: String) -> Int? {
        guard let text = match.group(group) else { return nil }
        return Int(String(text.prefix { $0.isASCII && $0.isNumber }))
    }

    func lexiconNumber(_ group: String, in lexicon: String, key: String) -> Int? {
        guard let text = match.group(group), let value = rules.lexicon(lexicon)?.entry(for: text)?.number(key) else { return nil }
        return Int(value)
    }

    func lexiconText(_ group: String, in lexicon: String, key: String) -> String? {
        guard let text = match.group(group) else { return nil }
        return rules.lexicon(lexicon)?.entry(for: text)?.attribute(key)
    }

    /// The year the text names: four digits, 'yy or a two-digit year, or this/next/last year.
    /// A two-digit year below the `date.two_digit_year_pivot` setting is 20yy, from it on 19yy.
    var year: Int? {
        let pivot = Int(rules.number(setting: "date.two_digit_year_pivot", default: 70))
        func century(_ short: Int) -> Int { short < pivot ? 2000 + short : 1900 + short }
        if let digits = number("year") { return digits < 100 ? century(digits) : digits }
        if let short = number("yy") { return century(short) }
        if let shift = lexiconNumber("yearshift", in: "DATE_SHIFT", key: "shift"), let reference { return reference.year + shift }
        if has("theyear"), let reference { return reference.year }
        return nil
    }

    var month: Int? {
        if let digits = number("month") { return digits }
        return lexiconNumber("month", in: "DATE_MONTH", key: "month")
    }

    /// The day of the month in digits ("3rd") or words ("the second of June").
    var day: Int? { number("day") ?? lexiconNumber("dayword", in: "DATE_ORDINAL", key: "value") }

    /// The second end of a range ("Sept 3-5": `day2`; "Nov–Feb": `month2`; "1984-86": `yy2`).
    var month2: Int? {
        if let digits = number("month2") { return digits }
        return lexiconNumber("month2", in: "DATE_MONTH", key: "month")
    }

    var day2: Int? { number("day2") }

    /// The year of the range's second end; two digits keep the century of the first year
    /// ("1984-86" ends in 1986, "1998-02" in 2002).
    var year2: Int? {
        if let digits = number("year2"), digits >= 100 { return digits }
        guard let short = number("yy2") ?? number("year2"), short < 100 else { return nil }
        guard let first = year else { return nil }
        // "1998-02" would cross a century; notes mean a year and a month there ("2025-10"): no range.
        let candidate = first / 100 * 100 + short
        return candidate > first ? candidate : nil
    }

    /// A time of day as "HH:MM" (24-hour): `hour` with `minute` and `ampm` ("3pm", "09:30",
    /// "3:15 p.m."), or `clockword` ("noon", "midnight").
    var clockTime: String? {
        if let word = text("clockword")?.lowercased() {
            return word.hasPrefix("mid") ? "00:00" : "12:00"
        }
        guard var hour = number("hour"), hour <= 24 else { return nil }
        let minute = number("minute") ?? 0
        guard minute < 60 else { return nil }
        if let ampm = text("ampm")?.lowercased().filter({ $0.isLetter }) {
            guard (1...12).contains(hour) else { return nil }
            if ampm.hasPrefix("p") && hour < 12 { hour += 12 }
            if ampm.hasPrefix("a") && hour == 12 { hour = 0 }
        }
        if hour == 24 { hour = 0 }
        return (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    /// A part of the day (MO, AF, EV, NI) from the `daypart` group ("Thursday evening", "tonight").
    var dayPart: String? { lexiconText("daypart", in: "DATE_DAY_PART", key: "part") ?? match.rule.produced("part") }

    /// A rule with two word orders names the part of its second alternative `weekday2` (`shift2`),
    /// since one pattern cannot hold two groups of the same name.
    var weekday: Int? {
        lexiconNumber("weekday", in: "DATE_WEEKDAY", key: "weekday") ?? lexiconNumber("weekday2", in: "DATE_WEEKDAY", key: "weekday")
    }

    /// This/next/last as 0/1/-1, from the `shift` group or else the rule's `produces.shift`
    /// ("the week after next" is 2).
    var shift: Int? {
        if has("following") { return 1 }
        if has("preceding") { return -1 }
        return lexiconNumber("shift", in: "DATE_SHIFT", key: "shift") ?? lexiconNumber("shift2", in: "DATE_SHIFT", key: "shift")
            ?? match.rule.produced("shift").flatMap { Int($0) }
    }

    var part: String? { lexiconText("part", in: "DATE_PART", key: "part") }

    /// Days from the anchor or the meeting: -1 for "the day before", 1 for "the next day", else the
    /// rule's `produces.offset`.
    var dayOffset: Int {
        if has("back") || has("back2") { return -1 }
        if has("forward") || has("forward2") { return 1 }
        return Int(match.rule.produced("offset") ?? "0") ?? 0
    }

    /// A count in digits or words ("two", "a couple of").
    var count: Int? { number("count") ?? lexiconNumber("count", in: "DATE_COUNT_WORD", key: "value") }

    /// "The lowest level in six years", "the first time in a decade": a word of `DATE_LOOKBACK_CUE`
    /// earlier in the sentence makes "in <count> <unit>" a stretch of time looking back (a duration),
    /// not a day ahead.
    var looksBack: Bool {
        guard let cues = rules.lexicon("DATE_LOOKBACK_CUE") else { return false }
        let buffer = match.buffer
        let sentence = buffer.sentence(around: match.range)
        let before = sentence.lowerBound..<max(sentence.lowerBound, match.range.lowerBound)
        return SentenceWords(buffer, sentence: before, excluding: match.range).items.contains { cues.contains($0.text) }
    }

    func unit(_ lexicon: String) -> DateGrain? {
        lexiconText("unit", in: lexicon, key: "unit").flatMap(DateGrain.init(rawValue:))
    }

    /// The day if it exists in that month and year (no February 30).
    func day(year: Int, month: Int, day: Int) -> CalendarDate? {
        CalendarDate.isValid(year: year, month: month, day: day) ? CalendarDate(year: year, month: month, day: day) : nil
    }
}
