/// Whether an underspecified date (a bare month, weekday, quarter, day of month) points forward or
/// backward from the meeting date: "lands in Jan" is the coming January, "in March we shipped" the
/// past March.
public enum TemporalDirection: String, Sendable, Equatable {
    case future, past

    /// Reads the sentence around `range` for the cue word nearest to it: an entry of
    /// `DATE_FUTURE_CUE` or `DATE_PAST_CUE` (phrases of up to three words). With no such cue, a
    /// regular past-tense verb (a `DATE_PAST_SUFFIX` ending on a long enough word) means the past;
    /// otherwise the `date.default_direction` setting decides.
    public static func around(_ range: Range<Int>, in context: ExtractionContext) -> TemporalDirection {
        let rules = context.rules
        let fallback = TemporalDirection(rawValue: rules.setting("date.default_direction")?.stringValue ?? "") ?? .future
        let future = rules.lexicon("DATE_FUTURE_CUE")
        let past = rules.lexicon("DATE_PAST_CUE")
        let words = SentenceWords(context.buffer, sentence: context.buffer.sentence(around: range), excluding: range)

        var nearest: (distance: Int, direction: TemporalDirection)?
        for (index, word) in words.items.enumerated() {
            for length in stride(from: min(3, words.items.count - index), through: 1, by: -1) {
                let phrase = words.phrase(from: index, count: length)
                let direction: TemporalDirection? =
                    future?.contains(phrase.text) == true ? .future : past?.contains(phrase.text) == true ? .past : nil
                guard let direction else { continue }
                let distance = phrase.range.upperBound <= range.lowerBound
                    ? range.lowerBound - phrase.range.upperBound : phrase.range.lowerBound - range.upperBound
                if nearest == nil || distance < nearest!.distance { nearest = (distance, direction) }
                break
            }
        }
        if let nearest { return nearest.direction }

        let minimumLength = Int(rules.number(setting: "date.past_suffix_min_length", default: 6))
        let suffixes = rules.lexicon("DATE_PAST_SUFFIX")?.entries.flatMap(\.forms) ?? []
        for word in words.items where word.text.count >= minimumLength {
            let lowered = word.text.lowercased()
            if suffixes.contains(where: { lowered.hasSuffix($0.lowercased()) }) { return .past }
        }
        return fallback
    }
}
