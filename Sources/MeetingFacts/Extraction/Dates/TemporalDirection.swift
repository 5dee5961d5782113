/// Whether an underspecified date (a bare month, weekday, quarter, day of month) points forward or
/// backward from the meeting date: "lands in Jan" is the coming January, "in March we shipped" the
/// past March. A date that stands in a noun phrase of a past clause ("Jai confirmed the Oct 15
/// offsite") or beside a verb of scheduling ("the offsite was confirmed for Oct 15") reports a
/// decision about a date that may lie either way, so the occurrence nearest the meeting is taken.
public enum TemporalDirection: String, Sendable, Equatable {
    case future, past, nearest

    /// The direction of the cue nearest to `range` in its clause. Cues are the entries of
    /// `DATE_FUTURE_CUE` and `DATE_PAST_CUE` (phrases of up to three words), a
    /// `DATE_FUTURE_PREPOSITION` right before the date ("by Friday"), and the verbs of the clause
    /// as `ClauseTense` reads them: a past tense points back when the date is an adjunct of the
    /// clause ("resigned on Tuesday", "sold the plant in late June") and to the nearest occurrence
    /// when the date sits in a noun phrase ("the Oct 15 offsite", "a Friday meeting") or the verb
    /// decides or schedules; a verb whose past is its present ("cost") gives the nearest. A listed
    /// cue beats a verb at the same distance. Past forms right after a listed past cue belong to
    /// it ("was introduced"), and so do those after a future cue ending in a `DATE_PASSIVE_AUX`
    /// word ("will be signed"). Asides in parentheses do not count. With no cue in the clause the
    /// `date.default_direction` setting decides.
    public static func around(_ range: Range<Int>, in context: ExtractionContext) -> TemporalDirection {
        let rules = context.rules
        let fallback = TemporalDirection(rawValue: rules.setting("date.default_direction")?.stringValue ?? "") ?? .future
        let buffer = context.buffer
        let clause = TemporalDirection.clause(around: range, in: buffer)
        let words = SentenceWords(buffer, sentence: clause, excluding: range, skippingAsides: true).items
        let verbs = ClauseTense(rules: rules).verbs(in: words)
        let inNounPhrase = TemporalDirection.isInNounPhrase(range, buffer: buffer, clause: clause)
        var nearest = NearestCue(date: range)
        let absorbed = listedCues(around: range, words: words, verbs: verbs, rules: rules, into: &nearest)
        verbCues(around: range, words: words, verbs: verbs, absorbed: absorbed, inNounPhrase: inNounPhrase, into: &nearest)
        // A date used as a modifier with nothing else to go by ("our third-quarter results", "the
        // Friday meeting") names a known event: the nearest one.
        return nearest.direction ?? (inNounPhrase ? .nearest : fallback)
    }

    /// The listed cues of the clause (`DATE_FUTURE_CUE`, `DATE_PAST_CUE`, a `DATE_FUTURE_PREPOSITION`
    /// right before the date), longest phrase first; returns the past forms that belong to a cue
    /// ("was introduced", "will be signed"), which then count as no verb of their own.
    private static func listedCues(around range: Range<Int>, words: [SentenceWords.Word], verbs: [ClauseTense.Verb],
                                   rules: RuleSet, into nearest: inout NearestCue) -> Set<Range<Int>> {
        let future = rules.lexicon("DATE_FUTURE_CUE")
        let past = rules.lexicon("DATE_PAST_CUE")
        let prepositions = rules.lexicon("DATE_FUTURE_PREPOSITION")
        let passiveAuxiliary = rules.lexicon("DATE_PASSIVE_AUX")
        let pastForms = Set(verbs.filter { $0.tense == .past }.map(\.range))
        let scheduling = Set(verbs.filter(\.scheduling).map(\.range))
        func isPastForm(_ index: Int) -> Bool { pastForms.contains(words[index].range) }

        var absorbed = Set<Range<Int>>()
        var index = 0
        while index < words.count {
            var matched = false
            for length in stride(from: min(3, words.count - index), through: 1, by: -1) {
                let phrase = SentenceWords.phrase(words[index..<(index + length)])
                // A capitalised word inside a clause is a name, not a cue ("UK Met", "Will Smith").
                if index > 0 && length == 1 && words[index].isCapitalised && phrase.text != "I" { break }
                if future?.contains(phrase.text) == true
                    && !TemporalDirection.isCausalDue(phrase.text, after: words[(index + length)...]) {
                    var end = index + length
                    if passiveAuxiliary?.contains(words[end - 1].text) == true {
                        while end < words.count && isPastForm(end) { absorbed.insert(words[end].range); end += 1 }
                    }
                    nearest.consider(words[index].range.lowerBound..<words[end - 1].range.upperBound, rank: 0, .future)
                    index = end
                    matched = true
                } else if past?.contains(phrase.text) == true {
                    var end = index + length
                    var rescheduled = false
                    while end < words.count && isPastForm(end) {
                        absorbed.insert(words[end].range)
                        // "was moved to Monday": a passive of scheduling names the new, coming date.
                        if scheduling.contains(words[end].range), TemporalDirection.followsTargetPreposition(range, words: words) {
                            rescheduled = true
                        }
                        end += 1
                    }
                    nearest.consider(words[index].range.lowerBound..<words[end - 1].range.upperBound, rank: 0, rescheduled ? .future : .past)
                    index = end
                    matched = true
                } else if length == 1, prepositions?.contains(phrase.text) == true {
                    // "by Friday": a plan only right before the date, not "contracted by 0.9%".
                    if phrase.range.upperBound <= range.lowerBound && range.lowerBound - phrase.range.upperBound <= 2 {
                        nearest.consider(phrase.range, rank: 0, .future)
                    }
                    index += 1
                    matched = true
                }
                if matched { break }
            }
            if !matched { index += 1 }
        }
        return absorbed
    }

    /// The verbs of the clause as cues: a past tense points back when the date is an adjunct, to
    /// the nearest occurrence when the date sits in a noun phrase or the verb decides or
    /// schedules, forward when it moved something to the date; an open tense gives the nearest.
    private static func verbCues(around range: Range<Int>, words: [SentenceWords.Word], verbs: [ClauseTense.Verb],
                                 absorbed: Set<Range<Int>>, inNounPhrase: Bool, into nearest: inout NearestCue) {
        for verb in verbs where !absorbed.contains(verb.range) {
            // A verb of saying governs only a date right beside it ("announced Monday", "on
            // Thursday said"); a date farther off belongs to what was said.
            if verb.reporting {
                let between = verb.range.upperBound <= range.lowerBound ? verb.range.upperBound..<range.lowerBound : range.upperBound..<verb.range.lowerBound
                let otherVerb = verbs.contains { $0.range != verb.range && between.contains($0.range.lowerBound) }
                    || words.contains { between.contains($0.range.lowerBound) && TemporalDirection.isParticipleClause($0.text) }
                if otherVerb { continue }
            }
            switch verb.tense {
            case .past:
                // "moved to Monday", "rescheduled for Friday": the new date is still to come.
                if verb.scheduling, TemporalDirection.followsTargetPreposition(range, words: words) {
                    nearest.consider(verb.range, rank: 1, .future)
                    continue
                }
                let reported = verb.scheduling || (inNounPhrase && !verb.perfect)
                nearest.consider(verb.range, rank: 1, reported ? .nearest : .past)
            case .open:
                nearest.consider(verb.range, rank: 1, .nearest)
            case .present:
                continue
            }
        }
    }

    /// Whether a "today" at `range` means the present in general rather than the meeting's day:
    /// its clause states something in the present tense ("Azure lacks a solution today", "why
    /// can't they use it today") with no past verb and no plan ("we ship today", "it was fixed
    /// today", "call Priya today" keep the day), and it is no possessive ("today's call").
    public static func meansThePresent(_ range: Range<Int>, in context: ExtractionContext) -> Bool {
        let buffer = context.buffer
        let after = buffer.text(range.upperBound..<min(range.upperBound + 3, buffer.count))
        if after.hasPrefix("'s") || after.hasPrefix("’s") { return false }
        let clause = TemporalDirection.clause(around: range, in: buffer)
        let words = SentenceWords(buffer, sentence: clause, excluding: range, skippingAsides: true).items
        let verbs = ClauseTense(rules: context.rules).verbs(in: words)
        guard verbs.contains(where: { $0.tense == .present }), !verbs.contains(where: { $0.tense != .present }) else { return false }
        let future = context.rules.lexicon("DATE_FUTURE_CUE")
        for index in words.indices {
            for length in 1...min(3, words.count - index) where future?.contains(SentenceWords.phrase(words[index..<(index + length)]).text) == true {
                return false
            }
        }
        return true
    }

    /// The clause of the date: its sentence (up to `;`), cut at a colon on either side — the words
    /// before "Key dates:" or "plan as discussed:" do not govern the list after it.
    static func clause(around range: Range<Int>, in buffer: TextBuffer) -> Range<Int> {
        var sentence = buffer.sentence(around: range)
        // A full stop after an abbreviation ("Apple Inc. released", "U.S. sales") ends no sentence.
        while sentence.lowerBound >= 2, buffer.bytes[sentence.lowerBound - 1] == 0x2E,
              TemporalDirection.isAbbreviation(endingAt: sentence.lowerBound - 1, in: buffer) {
            sentence = buffer.sentence(around: (sentence.lowerBound - 2)..<(sentence.lowerBound - 2)).lowerBound..<sentence.upperBound
        }
        while sentence.upperBound < buffer.count, buffer.bytes[sentence.upperBound] == 0x2E,
              TemporalDirection.isAbbreviation(endingAt: sentence.upperBound, in: buffer),
              sentence.upperBound + 2 < buffer.count, buffer.bytes[sentence.upperBound + 1] == 0x20 {
            let next = buffer.sentence(around: (sentence.upperBound + 2)..<(sentence.upperBound + 2))
            guard next.upperBound > sentence.upperBound else { break }
            sentence = sentence.lowerBound..<next.upperBound
        }
        var start = sentence.lowerBound, end = sentence.upperBound
        for offset in sentence.lowerBound..<range.lowerBound where buffer.bytes[offset] == 0x3A {
            if offset + 1 < buffer.count, buffer.bytes[offset + 1] == 0x20 { start = offset + 1 }
        }
        for offset in range.upperBound..<sentence.upperBound where buffer.bytes[offset] == 0x3A {
            if offset + 1 < buffer.count, buffer.bytes[offset + 1] == 0x20 { end = offset; break }
        }
        return start..<end
    }

    /// An "-ing" form that opens a clause of its own ("…, resulting in closures during Q4"), not a
    /// noun such as "morning" or "meeting".
    static func isParticipleClause(_ word: String) -> Bool {
        let nouns: Set<String> = ["morning", "evening", "meeting", "meetings", "building", "pricing", "offering", "funding", "spring",
                                  "thing", "nothing", "something", "anything", "everything", "king", "ring", "string", "wing",
                                  "ceiling", "during", "earnings", "briefing", "hearing", "filing", "listing", "opening", "closing",
                                  "trading", "spending", "outstanding", "beijing", "timing", "setting", "training", "testing"]
        let lowered = word.lowercased()
        return lowered.count > 4 && lowered.hasSuffix("ing") && !nouns.contains(lowered) && word.first?.isLowercase == true
    }

    /// Whether "to", "for", "until" or "till" stands right before the date.
    static func followsTargetPreposition(_ range: Range<Int>, words: [SentenceWords.Word]) -> Bool {
        guard let last = words.last(where: { $0.range.upperBound <= range.lowerBound }), range.lowerBound - last.range.upperBound <= 2 else {
            return false
        }
        return ["to", "for", "until", "till", "into"].contains(last.text.lowercased())
    }

    /// "due to the weather", "due to rising costs": "due to" before a noun phrase gives a cause,
    /// not a deadline ("due to ship in May" stays a plan).
    static func isCausalDue(_ cue: String, after rest: ArraySlice<SentenceWords.Word>) -> Bool {
        guard cue.lowercased() == "due", let to = rest.first, to.text.lowercased() == "to", rest.count > 1 else { return false }
        let next = rest[rest.startIndex + 1].text
        let nounStarts: Set<String> = ["the", "a", "an", "its", "their", "our", "his", "her", "this", "that", "these", "those", "what",
                                       "lower", "higher", "strong", "weak", "poor", "high", "low", "concerns", "issues", "problems", "delays"]
        let lowered = next.lowercased()
        let nounEndings = ["ing", "ence", "ance", "tion", "sion", "ment", "ity", "ness", "ure", "ies", "ics", "ism", "age", "ship", "ers", "ors"]
        return nounStarts.contains(lowered) || nounEndings.contains { lowered.hasSuffix($0) } || next.first?.isUppercase == true
            || lowered.first?.isNumber == true
    }

    /// Abbreviations whose full stop ends no sentence: company suffixes, titles, and capitalised
    /// initials ("U.S.", "Inc.", "Dr.").
    static func isAbbreviation(endingAt stop: Int, in buffer: TextBuffer) -> Bool {
        var start = stop
        while start > 0, (buffer.bytes[start - 1] >= 0x41 && buffer.bytes[start - 1] <= 0x5A) || (buffer.bytes[start - 1] >= 0x61 && buffer.bytes[start - 1] <= 0x7A)
                || buffer.bytes[start - 1] == 0x2E {
            start -= 1
        }
        let word = buffer.text(start..<stop)
        let known: Set<String> = ["Inc", "Corp", "Co", "Ltd", "Plc", "plc", "LLC", "Bros", "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr",
                                  "vs", "etc", "approx", "No", "U.S", "U.K", "U.N", "E.U"]
        return known.contains(word) || (word.count == 1 && word.first?.isUppercase == true)
    }

    /// Whether the date at `range` qualifies a noun ("the Oct 15 offsite", "a Friday meeting",
    /// "Friday's call") rather than the clause's verb: a determiner or possessive right before it,
    /// or a possessive "'s" right after it.
    static func isInNounPhrase(_ range: Range<Int>, buffer: TextBuffer, clause: Range<Int>) -> Bool {
        let determiners: Set<String> = ["the", "a", "an", "its", "their", "our", "my", "your", "his", "her", "this", "that", "each", "every"]
        let notNouns: Set<String> = ["and", "or", "but", "to", "in", "on", "at", "for", "with", "by", "from", "of", "is", "was", "are",
                                     "were", "will", "would", "that", "which", "when", "the", "a", "an", "we", "they", "it", "he",
                                     "she", "as", "than", "then", "so", "if", "after", "before", "until", "since", "through", "via"]
        let after = buffer.text(range.upperBound..<min(range.upperBound + 3, buffer.count))
        if after.hasPrefix("'s") || after.hasPrefix("’s") { return true }
        // A possessive before it: "Jason's Friday meeting".
        let lead = buffer.text(max(clause.lowerBound, range.lowerBound - 5)..<range.lowerBound)
        if lead.hasSuffix("'s ") || lead.hasSuffix("’s ") { return true }
        // A determiner before it and a noun after it: "the Oct 15 offsite", "a Friday meeting" —
        // not "in the fall", where the article belongs to the date.
        let before = SentenceWords(buffer, sentence: clause.lowerBound..<range.lowerBound, excluding: range).items
        guard let last = before.last, determiners.contains(last.text.lowercased()), range.lowerBound - last.range.upperBound <= 2 else {
            return false
        }
        let following = SentenceWords(buffer, sentence: range.upperBound..<clause.upperBound, excluding: range).items
        guard let next = following.first, next.range.lowerBound - range.upperBound <= 1 || buffer.bytes[range.upperBound] == 0x2D else {
            return false
        }
        return next.text.first?.isLowercase == true && !notNouns.contains(next.text.lowercased())
    }
}
