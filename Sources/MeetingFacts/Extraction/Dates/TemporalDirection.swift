/// Whether an underspecified date (a bare month, weekday, quarter, day of month) points forward or
/// backward from the meeting date: "lands in Jan" is the coming January, "in March we shipped" the
/// past March. When the only hint is a past-tense verb, which in a note often reports what someone
/// said ("Jai confirmed the Oct 15 offsite"), the occurrence nearest the meeting date is taken.
public enum TemporalDirection: String, Sendable, Equatable {
    case future, past, nearest

    /// The direction of the cue nearest to `range` in its sentence. Cues are the entries of
    /// `DATE_FUTURE_CUE` and `DATE_PAST_CUE` (phrases of up to three words), a
    /// `DATE_FUTURE_PREPOSITION` right before the date ("by Friday"), and regular past-tense verbs
    /// (a `DATE_PAST_SUFFIX` ending on a word at least `date.past_suffix_min_length` long). A listed
    /// cue beats a past-tense ending at the same distance. Past forms right after a listed past cue
    /// belong to it ("was introduced"), and so do those after a future cue ending in a
    /// `DATE_PASSIVE_AUX` word ("will be signed"). A past-tense verb on its own often reports what
    /// someone said at the meeting ("Jai confirmed the Oct 15 offsite"), so it gives `nearest`.
    /// With no cue in the sentence the `date.default_direction` setting decides.
    public static func around(_ range: Range<Int>, in context: ExtractionContext) -> TemporalDirection {
        let rules = context.rules
        let fallback = TemporalDirection(rawValue: rules.setting("date.default_direction")?.stringValue ?? "") ?? .future
        let future = rules.lexicon("DATE_FUTURE_CUE")
        let past = rules.lexicon("DATE_PAST_CUE")
        let prepositions = rules.lexicon("DATE_FUTURE_PREPOSITION")
        let passiveAuxiliary = rules.lexicon("DATE_PASSIVE_AUX")
        let minimumLength = Int(rules.number(setting: "date.past_suffix_min_length", default: 6))
        let suffixes = (rules.lexicon("DATE_PAST_SUFFIX")?.entries.flatMap(\.forms) ?? []).map { $0.lowercased() }
        let words = SentenceWords(context.buffer, sentence: context.buffer.sentence(around: range), excluding: range).items

        func isPastTense(_ word: SentenceWords.Word) -> Bool {
            let lowered = word.text.lowercased()
            return past?.contains(lowered) == true
                || (word.text.count >= minimumLength && suffixes.contains { lowered.hasSuffix($0) })
        }

        var nearest: (distance: Int, rank: Int, direction: TemporalDirection)?
        func consider(_ covered: Range<Int>, rank: Int, _ direction: TemporalDirection) {
            let distance = covered.upperBound <= range.lowerBound
                ? range.lowerBound - covered.upperBound : covered.lowerBound - range.upperBound
            if nearest == nil || (distance, rank) < (nearest!.distance, nearest!.rank) {
                nearest = (distance, rank, direction)
            }
        }

        var index = 0
        while index < words.count {
            var matched = false
            for length in stride(from: min(3, words.count - index), through: 1, by: -1) {
                let phrase = SentenceWords.phrase(words[index..<(index + length)])
                if future?.contains(phrase.text) == true {
                    var end = index + length
                    if passiveAuxiliary?.contains(words[end - 1].text) == true {
                        while end < words.count && isPastTense(words[end]) { end += 1 }
                    }
                    consider(words[index].range.lowerBound..<words[end - 1].range.upperBound, rank: 0, .future)
                    index = end
                    matched = true
                } else if past?.contains(phrase.text) == true {
                    var end = index + length
                    while end < words.count && isPastTense(words[end]) { end += 1 }
                    consider(words[index].range.lowerBound..<words[end - 1].range.upperBound, rank: 0, .past)
                    index = end
                    matched = true
                } else if length == 1, prepositions?.contains(phrase.text) == true {
                    // "by Friday": a plan only right before the date, not "contracted by 0.9%".
                    if phrase.range.upperBound <= range.lowerBound && range.lowerBound - phrase.range.upperBound <= 2 {
                        consider(phrase.range, rank: 0, .future)
                    }
                    index += 1
                    matched = true
                }
                if matched { break }
            }
            if matched { continue }
            if isPastTense(words[index]) { consider(words[index].range, rank: 1, .nearest) }
            index += 1
        }
        return nearest?.direction ?? fallback
    }
}
