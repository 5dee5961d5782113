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

    /// The year the text names: four digits, 'yy or a two-digit year (20yy), or this/next/last year.
    var year: Int? {
        if let digits = number("year") { return digits < 100 ? 2000 + digits : digits }
        if let short = number("yy") { return 2000 + short }
        if let shift = lexiconNumber("yearshift", in: "DATE_SHIFT", key: "shift"), let reference { return reference.year + shift }
        return nil
    }

    var month: Int? {
        if let digits = number("month") { return digits }
        return lexiconNumber("month", in: "DATE_MONTH", key: "month")
    }

    var day: Int? { number("day") }

    var weekday: Int? { lexiconNumber("weekday", in: "DATE_WEEKDAY", key: "weekday") }

    var shift: Int? { lexiconNumber("shift", in: "DATE_SHIFT", key: "shift") }

    var part: String? { lexiconText("part", in: "DATE_PART", key: "part") }

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
