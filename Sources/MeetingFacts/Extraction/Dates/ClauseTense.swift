/// The tense of the verbs in a clause, read from the words' forms rather than from a list of cue
/// words: a past tense is an irregular past form (`VERB_IRREGULAR_PAST`), a regular one ending in
/// `DATE_PAST_SUFFIX` ("-ed", unless `VERB_NOT_PAST` lists the word), or a past auxiliary; a
/// present tense is a present auxiliary or modal (`VERB_AUX_PRESENT`) or a third-person "-s" verb
/// after its subject; a perfect ("has grown") is a past event. A participle after "be" is part of a
/// passive or an adjective, one after a determiner or a hyphen an adjective ("the delayed order",
/// "a Microsoft-led session"), and a capitalised word inside a clause a name ("UK Met"): none of
/// them is a verb. After a comma, a participle followed by a preposition in a clause that already
/// has its verb opens a participle clause ("…, located in London").
struct ClauseTense {
    enum Tense: Equatable {
        case past, present
        /// A verb whose past is its present ("cost", "set"): the tense stays open.
        case open
    }

    /// A verb found in the clause: where it is, its tense, and whether it decides or schedules
    /// (`VERB_SCHEDULING`), so its date is what was decided.
    struct Verb: Equatable {
        var range: Range<Int>
        var tense: Tense
        var perfect: Bool
        var scheduling: Bool
        /// A verb of saying (`VERB_REPORTING`): its date is the saying's only when it stands next
        /// to it ("announced on Monday"); farther away the date belongs to what was said.
        var reporting = false
    }

    private let rules: RuleSet

    init(rules: RuleSet) {
        self.rules = rules
    }

    private static let determiners: Set<String> = ["the", "a", "an", "these", "those", "its", "their", "our", "my",
                                                   "your", "his", "her", "to"]
    private static let beForms: Set<String> = ["be", "been", "being", "is", "are", "am", "'s", "’s", "get", "gets", "got", "become", "becomes", "seems", "remain", "remains"]
    private static let prepositions: Set<String> = ["in", "at", "on", "by", "for", "from", "to", "with", "near", "into", "across", "under", "over", "as"]
    private static let subjectPronouns: Set<String> = ["he", "she", "it", "that", "which", "who", "this"]

    /// The verbs of `words` (one clause, in order) with their tense.
    func verbs(in words: [SentenceWords.Word]) -> [Verb] {
        let irregular = rules.lexicon("VERB_IRREGULAR_PAST")
        let participles = rules.lexicon("VERB_IRREGULAR_PARTICIPLE")
        let sameInPast = rules.lexicon("VERB_SAME_IN_PAST")
        let notPast = rules.lexicon("VERB_NOT_PAST")
        let pastAux = rules.lexicon("VERB_AUX_PAST")
        let presentAux = rules.lexicon("VERB_AUX_PRESENT")
        let perfectAux = rules.lexicon("VERB_PERFECT_AUX")
        let scheduling = rules.lexicon("VERB_SCHEDULING")
        let reporting = rules.lexicon("VERB_REPORTING")
        let suffixes = (rules.lexicon("DATE_PAST_SUFFIX")?.entries.flatMap(\.forms) ?? []).map { $0.lowercased() }

        var found: [Verb] = []
        for (index, word) in words.enumerated() {
            let lowered = word.lowered
            // A capitalised word inside the clause is a name ("UK Met", "Red Hat"); the first word
            // may be a verb ("Agreed to…", "Shipped 9/22").
            if index > 0, word.isCapitalised { continue }
            // The second half of a compound is an adjective ("a Microsoft-led session").
            if word.inCompound { continue }
            let previous = index > 0 ? words[index - 1].lowered : ""
            let afterPerfect = index > 0 && perfectAux?.contains(previous) == true
            if pastAux?.contains(lowered) == true {
                found.append(Verb(range: word.range, tense: .past, perfect: false, scheduling: false))
                continue
            }
            if presentAux?.contains(lowered) == true {
                found.append(Verb(range: word.range, tense: .present, perfect: false, scheduling: false))
                continue
            }
            // "has been scheduled": "been" is the auxiliary of a passive, the participle decides.
            if lowered == "been", index + 1 < words.count, suffixes.contains(where: { ClauseTense.hasSuffix(words[index + 1].lowered, $0) })
                || (index + 1 < words.count && (irregular?.contains(words[index + 1].lowered) == true
                                                || participles?.contains(words[index + 1].lowered) == true)) { continue }
            if afterPerfect && participles?.contains(lowered) == true {
                found.append(Verb(range: word.range, tense: .past, perfect: true, scheduling: false))
                continue
            }
            let adjectival = ClauseTense.determiners.contains(previous) || ClauseTense.beForms.contains(previous)
            if sameInPast?.contains(lowered) == true {
                if !adjectival { found.append(Verb(range: word.range, tense: .open, perfect: afterPerfect, scheduling: scheduling?.contains(lowered) == true)) }
                continue
            }
            // After a comma a participle followed by a preposition opens a clause of its own
            // ("…, located in London"); one followed by its object is the clause's verb ("The
            // airline, which is the largest, signed the deal").
            if word.afterComma && irregular?.contains(lowered) != true, index + 1 < words.count,
               ClauseTense.prepositions.contains(words[index + 1].lowered), !found.isEmpty { continue }

            let regular = lowered.utf8.count > 3 && suffixes.contains { ClauseTense.hasSuffix(lowered, $0) } && notPast?.contains(lowered) != true
            if (irregular?.contains(lowered) == true || regular) && !adjectival {
                found.append(Verb(range: word.range, tense: .past, perfect: afterPerfect, scheduling: scheduling?.contains(lowered) == true,
                                  reporting: reporting?.contains(lowered) == true))
                continue
            }
            // A third-person present after its subject: "Azure lacks", "it targets".
            if index > 0, lowered.utf8.count > 3, ClauseTense.hasSuffix(lowered, "s"), !ClauseTense.hasSuffix(lowered, "ss"),
               !ClauseTense.hasSuffix(lowered, "us"), !ClauseTense.hasSuffix(lowered, "is"), !lowered.utf8.contains(0x27), !lowered.contains("’") {
                let subject = words[index - 1]
                if ClauseTense.subjectPronouns.contains(subject.lowered) || subject.isCapitalised {
                    found.append(Verb(range: word.range, tense: .present, perfect: false, scheduling: false))
                }
            }
        }
        return found
    }

    /// Whether the UTF-8 of `word` ends in that of `suffix`. The words of a clause are ASCII
    /// (`SentenceWords`), where this is `hasSuffix` without forming Characters.
    static func hasSuffix(_ word: String, _ suffix: String) -> Bool {
        let bytes = word.utf8, tail = suffix.utf8
        guard bytes.count >= tail.count else { return false }
        return bytes.dropFirst(bytes.count - tail.count).elementsEqual(tail)
    }

    /// The clause's tense as a whole: past when it holds a past verb, present when it holds only
    /// present ones, nil when it holds neither (a heading, an imperative, a clause of nouns).
    func tense(of words: [SentenceWords.Word]) -> Tense? {
        let verbs = verbs(in: words)
        if verbs.contains(where: { $0.tense == .past }) { return .past }
        if verbs.contains(where: { $0.tense == .present }) { return .present }
        return verbs.isEmpty ? nil : .open
    }
}
