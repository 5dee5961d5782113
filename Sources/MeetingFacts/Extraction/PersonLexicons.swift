/// The word lists of `rules/people/` and `rules/entities/` that decide what may be a person:
/// speaker placeholders, words that are never names, words that are names only in a strong context,
/// topics that attendee lists mix in, given-name variants, and the company gazetteer.
struct PersonLexicons: Sendable {
    let placeholders: Lexicon?
    let notAName: Lexicon?
    let ambiguous: Lexicon?
    let notAPerson: Lexicon?
    let nicknames: Lexicon?
    let companies: Lexicon?

    init(rules: RuleSet) {
        placeholders = rules.lexicon("SPEAKER_PLACEHOLDER")
        notAName = rules.lexicon("PERSON_NOT_A_NAME")
        ambiguous = rules.lexicon("PERSON_AMBIGUOUS")
        notAPerson = rules.lexicon("PERSON_NOT_A_PERSON")
        nicknames = rules.lexicon("PERSON_NICKNAME")
        companies = rules.lexicon("COMPANY")
    }

    /// "Remote", "Speaker 1", "Participant B", "Me", "Conference Room", "Jabra Speak 710": a stand-in
    /// for a speaker, or the device or app a transcriber heard.
    func isPlaceholder(_ surface: String) -> Bool {
        let words = PersonNameKey.words(of: surface)
        guard let first = words.first, let placeholders else { return false }
        if placeholders.contains(words.joined(separator: " ")) { return true }
        for length in [2, 1] where words.count >= length {
            let head = words.prefix(length).joined(separator: " ")
            switch placeholders.entry(for: head)?.attribute("what") {
            case "device"?:
                return true
            case "numbered"?:
                let rest = words.dropFirst(length).joined()
                if rest.isEmpty || rest.allSatisfy(\.isNumber) || (rest.count == 1 && rest.first!.isUppercase) { return true }
            default:
                break
            }
        }
        // "Speaker1"
        if words.count == 1, let digitStart = first.firstIndex(where: \.isNumber), first[digitStart...].allSatisfy(\.isNumber),
           placeholders.entry(for: first[..<digitStart])?.attribute("what") == "numbered" {
            return true
        }
        return false
    }

    /// A surface that is never a person: a placeholder, a topic, team or product in any of its
    /// words, a company (whole, or as its first word), a function word.
    func isNeverAPerson(_ surface: String) -> Bool {
        if isPlaceholder(surface) { return true }
        if companies?.contains(surface) == true { return true }
        let words = PersonNameKey.words(of: surface)
        if let first = words.first, companies?.contains(first) == true { return true }
        if notAPerson?.contains(surface) == true || words.contains(where: { notAPerson?.contains($0) == true }) { return true }
        if words.count == 1, notAName?.contains(surface) == true { return true }
        return false
    }

    /// Whether a name-shaped surface may be a person at all: no placeholder in any word, and not
    /// a company, topic or function word.
    func couldBePerson(_ surface: String) -> Bool {
        !isNeverAPerson(surface) && !PersonNameKey.words(of: surface).contains(where: isPlaceholder)
    }

    /// A lone word that is also a month, a verb or an abbreviation ("Will", "May", "Jan").
    func isAmbiguous(_ word: String) -> Bool { ambiguous?.contains(word) == true }

    /// Every key of the given names that `firstName` may stand for ("Rob" → robert, rob, bob…).
    func firstNameKeys(_ firstName: String) -> Set<String> {
        var keys: Set<String> = [PersonNameKey.of(firstName)]
        if let entry = nicknames?.entry(for: firstName) {
            for form in entry.forms { keys.insert(PersonNameKey.of(form)) }
        }
        return keys
    }

    /// Whether `surface` is a short form of the given name `formal` ("Bob" of "Robert", "Morty" of
    /// "Mordechai") — not a sibling short form ("Bob" of "Rob") nor the other way round.
    func isNickname(_ surface: String, of formal: String) -> Bool {
        nicknames?.lists(surface, under: formal) ?? false
    }

    /// The canonical name of a company surface ("VAST" → "VAST Data"), nil when not in the gazetteer.
    func companyName(_ surface: String) -> String? {
        companies.flatMap { EntityInterpreter.canonicalName(surface, in: $0) }
    }
}
