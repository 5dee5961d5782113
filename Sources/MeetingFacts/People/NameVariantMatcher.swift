/// Decides whether two full names are one person spelled two ways — the way transcripts and
/// hurried notes misspell people — and says why. Same surname, and the given name equal, a
/// nickname ("Andy"/"Andrew"), a prefix ("Timo"/"Timocin") or one edit away ("Jai"/"Jay"); or the
/// same given name, and the surname close by Jaro–Winkler ("Hagay"/"Hagey"), by sound
/// ("Stefansson"/"Stephenson"), or a prefix of the other ("Liraz Ben"/"Liraz Ben Or"); or, as a
/// transcriber garbles them, both names close ("Yael Treitel"/"Eyal Traitel"). The
/// thresholds are `people.variant.*` settings in `rules/people/names.yml`; a looser one applies
/// against the attendees of the same meeting, where a near spelling is almost surely them.
struct NameVariantMatcher: Sendable {
    /// Why a name was taken for a known person; written to the run's report.
    enum Reason: String, Sendable, Codable {
        case nickname = "nickname"
        case givenNamePrefix = "given-name prefix"
        case givenNameTypo = "given name one edit away"
        case surnameClose = "surname spelled close"
        case surnameSound = "surname sounds the same"
        case surnamePrefix = "surname prefix"
        case bothGarbled = "given name and surname both heard close"
    }

    let lexicons: PersonLexicons
    let surnameSimilarity: Double
    let attendeeSurnameSimilarity: Double
    let minimumPrefix: Int
    let garbledGivenSimilarity: Double
    let garbledSurnameSimilarity: Double

    init(rules: RuleSet, lexicons: PersonLexicons) {
        self.lexicons = lexicons
        surnameSimilarity = rules.number(setting: "people.variant.surname-similarity", default: 0.85)
        attendeeSurnameSimilarity = rules.number(setting: "people.variant.attendee-surname-similarity", default: 0.78)
        minimumPrefix = Int(rules.number(setting: "people.variant.minimum-prefix", default: 3))
        garbledGivenSimilarity = rules.number(setting: "people.variant.garbled-given-similarity", default: 0.8)
        garbledSurnameSimilarity = rules.number(setting: "people.variant.garbled-surname-similarity", default: 0.84)
    }

    /// Why `name` is a variant of `known`, nil when it is not (or is the same name).
    /// `attending`: `known` takes part in the meeting that names `name`.
    func reason(_ name: String, isVariantOf known: String, attending: Bool = false) -> Reason? {
        reason(PersonNameParts(name, lexicons: lexicons), isVariantOf: PersonNameParts(known, lexicons: lexicons), attending: attending)
    }

    /// `reason(_:isVariantOf:attending:)` on names whose parts were computed once.
    func reason(_ name: PersonNameParts, isVariantOf known: PersonNameParts, attending: Bool = false) -> Reason? {
        let words = name.words, other = known.words
        guard words.count >= 2, other.count >= 2, words != other else { return nil }
        let given = words[0], otherGiven = other[0]
        let surname = name.surname, otherSurname = known.surname
        if surname == otherSurname {
            if name.givenKeys.contains(otherGiven) || known.givenKeys.contains(given) { return .nickname }
            let shorter = given.count <= otherGiven.count ? given : otherGiven, longer = shorter == given ? otherGiven : given
            if shorter.count >= minimumPrefix && longer.hasPrefix(shorter) { return .givenNamePrefix }
            if given.first == otherGiven.first && EditDistance.between(given, otherGiven) == 1 { return .givenNameTypo }
            return nil
        }
        guard given == otherGiven || name.givenKeys.contains(otherGiven) else {
            // "Yael Treitel" for Eyal Traitel: both names misheard, each still close.
            guard words.count == 2, other.count == 2, min(given.count, otherGiven.count, surname.count, otherSurname.count) >= 4,
                  JaroWinkler.similarity(given, otherGiven) >= garbledGivenSimilarity,
                  JaroWinkler.similarity(surname, otherSurname) >= garbledSurnameSimilarity else { return nil }
            return .bothGarbled
        }
        if surname.hasPrefix(otherSurname + " ") || otherSurname.hasPrefix(surname + " ") { return .surnamePrefix }
        let lastWord = words.last!, otherLast = other.last!
        guard words.count == other.count, words.dropLast() == other.dropLast() || words.count == 2 else { return nil }
        let threshold = attending ? attendeeSurnameSimilarity : surnameSimilarity
        if JaroWinkler.similarity(lastWord, otherLast) >= threshold { return .surnameClose }
        let sound = PhoneticKey.of(lastWord), otherSound = PhoneticKey.of(otherLast)
        if lastWord.first == otherLast.first, sound == otherSound { return .surnameSound }
        // Among the meeting's attendees a surname heard wrong at its start still counts by sound:
        // "Andy Bernstein" in a note whose attendee is Andy Pernsteiner.
        if attending, JaroWinkler.similarity(sound, otherSound) >= threshold { return .surnameSound }
        return nil
    }
}
