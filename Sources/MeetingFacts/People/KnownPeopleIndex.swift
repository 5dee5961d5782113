/// The known people of a vault, indexed once by name key and by first name. Every note of a run
/// shares it: building a directory per note then only adds that note's attendees, instead of
/// folding thousands of names again for each of ten thousand notes.
public struct KnownPeopleIndex: Sendable {
    /// The people as their notes give them (emails are looked up here).
    public private(set) var people: [KnownPerson] = []
    /// Full-name and alias keys → the person's note name.
    var byKey: [String: String] = [:]
    /// First-name keys → names.
    var byFirstName: [String: Set<String>] = [:]
    /// Last-name keys → names (the candidates a misspelt first name may point at).
    var byLastName: [String: Set<String>] = [:]

    public init(_ knownPeople: [KnownPerson]) {
        people = knownPeople
        for person in knownPeople {
            for form in [person.name] + person.aliases where !form.isEmpty {
                let key = PersonNameKey.of(form)
                if byKey[key] == nil { byKey[key] = person.name }
                // A one-word alias is a first name of its own ("Kiki"); a full name contributes its first word.
                let words = PersonNameKey.words(of: PersonNameKey.of(form))
                if let first = words.first { byFirstName[first, default: []].insert(person.name) }
                if words.count > 1, let last = words.last { byLastName[last, default: []].insert(person.name) }
            }
        }
    }

    /// Known names sharing a first name (or one of `firstNameVariants`) or the last name with `name`:
    /// the only ones a near miss can point at. Sorted, so the choice among equals is stable.
    func namesSharingAName(with name: String, firstNameVariants: (String) -> Set<String>) -> [String] {
        let words = PersonNameKey.words(of: PersonNameKey.of(name))
        guard let first = words.first, let last = words.last, words.count > 1 else { return [] }
        var names = byLastName[last] ?? []
        for variant in firstNameVariants(first) { names.formUnion(byFirstName[variant] ?? []) }
        return names.sorted()
    }

    func contains(_ name: String) -> Bool { byKey[PersonNameKey.of(name)] != nil }

    /// The index with one more person (the vault owner), when not already in it.
    func adding(_ person: KnownPerson?) -> KnownPeopleIndex {
        guard let person, !contains(person.name) else { return self }
        var copy = self
        copy.people.append(person)
        copy.byKey[PersonNameKey.of(person.name)] = person.name
        let words = PersonNameKey.words(of: PersonNameKey.of(person.name))
        if let first = words.first { copy.byFirstName[first, default: []].insert(person.name) }
        if words.count > 1, let last = words.last { copy.byLastName[last, default: []].insert(person.name) }
        return copy
    }
}
