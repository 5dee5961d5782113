/// Who a name in a note can mean: the note's attendees and the vault's known people (names and
/// aliases). A full name or alias resolves to its person; a first name resolves when it is
/// unambiguous — the one attendee with that first name or a nickname of it, else the one known
/// person whose first name it is or is a short form of.
struct PersonDirectory: Sendable {
    private let lexicons: PersonLexicons
    /// Full-name and alias keys → the name to report (a known person's note name, or the attendee).
    private var byKey: [String: String] = [:]
    /// First-name keys → names, for attendees and for known people separately.
    private var attendeesByFirstName: [String: Set<String>] = [:]
    private var knownByFirstName: [String: Set<String>] = [:]

    init(attendees: [String], knownPeople: [KnownPerson], lexicons: PersonLexicons) {
        self.init(attendees: attendees, known: KnownPeopleIndex(knownPeople), lexicons: lexicons)
    }

    /// A directory over an index of known people built once (see `KnownPeopleIndex`).
    init(attendees: [String], known: KnownPeopleIndex, lexicons: PersonLexicons) {
        self.lexicons = lexicons
        byKey = known.byKey
        knownByFirstName = known.byFirstName
        for attendee in attendees where !attendee.isEmpty {
            let name = byKey[PersonNameKey.of(attendee)] ?? attendee
            byKey[PersonNameKey.of(attendee)] = name
            if let first = PersonNameKey.words(of: name).first {
                attendeesByFirstName[PersonNameKey.of(first), default: []].insert(name)
            }
            if let first = PersonNameKey.words(of: attendee).first {
                attendeesByFirstName[PersonNameKey.of(first), default: []].insert(name)
            }
        }
    }

    /// The full name `surface` means here, nil when unknown or ambiguous.
    func resolve(_ surface: String) -> String? {
        let words = PersonNameKey.words(of: surface)
        guard let first = words.first else { return nil }
        if let name = byKey[PersonNameKey.of(surface)] { return name }
        let variants = lexicons.firstNameKeys(first)
        if words.count > 1 {
            // "Jay Menon" for "Jai Menon": a given-name variant with the same surname.
            let rest = PersonNameKey.of(words.dropFirst().joined(separator: " "))
            let names = Set(variants.compactMap { byKey[$0 + " " + rest] })
            return names.count == 1 ? names.first : nil
        }
        let attending = Set(variants.flatMap { attendeesByFirstName[$0] ?? [] })
        if !attending.isEmpty { return attending.count == 1 ? attending.first : nil }
        // Beyond the meeting's attendees a lone first name must be the person's own or a short
        // form of it ("Bob" for Robert Klein); a sibling short form is too weak there ("Bob" in a
        // transcript is not Rob Benoit, whom nobody in it met).
        // A person whose first name it is comes before one it is a short form of.
        var known = knownByFirstName[PersonNameKey.of(first)] ?? []
        for variant in variants where known.isEmpty && variant != PersonNameKey.of(first) {
            for name in knownByFirstName[variant] ?? [] {
                if let given = PersonNameKey.words(of: name).first, lexicons.isNickname(first, of: given) { known.insert(name) }
            }
        }
        return known.count == 1 ? known.first : nil
    }

    /// Whether `surface` is exactly a known person's name or alias, or an attendee.
    func knows(_ surface: String) -> Bool { byKey[PersonNameKey.of(surface)] != nil }
}
