/// Everyone a run knows, decided once before any note is resolved: the vault's people (their notes'
/// names and aliases), the owner, and the people this run's notes introduce — each spelling
/// variant merged into one person with the reason kept, names that could be two people left for
/// review, and names the user ruled out (`not_people`, deleted notes, removed aliases) never a
/// person. Every note is then resolved against `people`, so a variant maps to its person by alias.
public struct PeopleRegistry: Sendable {
    /// A variant taken for a person, and why.
    public struct Merge: Sendable, Equatable, Codable {
        public var variant: String
        public var person: String
        public var reason: String
    }

    /// The known people and the new ones, each with every alias (given and merged).
    public private(set) var people: [KnownPerson]
    /// Names new to the vault this run: they get a note.
    public private(set) var created: [String] = []
    public private(set) var merges: [Merge] = []
    /// Names that match two people: no note, no merge, listed for review.
    public private(set) var ambiguous: [NearMiss] = []
    /// New people whose name is near a known one without matching it as a variant: they get a
    /// note that says whom it may duplicate (`suspected_match`), for review.
    public private(set) var nearMisses: [NearMiss] = []

    private var byKey: [String: Int] = [:]
    /// Each person's name and aliases as comparisons read them, in the order of `people`.
    private var forms: [[PersonNameParts]] = []
    private var ownerIndex: Int?
    private let matcher: NameVariantMatcher
    private let excluded: Set<String>

    /// - Parameters:
    ///   - known: the vault's people, from their notes.
    ///   - owner: the owner's name and other spellings, first the name.
    ///   - excluded: names never to be a person (`not_people`, deleted notes), any case.
    ///   - blocked: variant → person merges the user undid by removing the alias.
    public init(known: [KnownPerson], owner: [String], sightings: [NameSighting], rules: RuleSet,
                excluded: [String] = [], blocked: [String: String] = [:]) {
        let lexicons = PersonLexicons(rules: rules)
        matcher = NameVariantMatcher(rules: rules, lexicons: lexicons)
        self.excluded = Set(excluded.map { PersonNameKey.of($0) })
        people = []
        ownerIndex = nil
        for person in known { add(person) }
        if let name = owner.first {
            let index = byKey[PersonNameKey.of(name)] ?? people.count
            if index == people.count { add(KnownPerson(name: name)) }
            ownerIndex = index
            for alias in owner.dropFirst() { addAlias(alias, to: index) }
        }
        let blockedKeys = Dictionary(blocked.map { (PersonNameKey.of($0.key), PersonNameKey.of($0.value)) }, uniquingKeysWith: { a, _ in a })
        for sighted in PeopleRegistry.ordered(sightings) { register(sighted, blocked: blockedKeys) }
        let detector = NearMissDetector(rules: rules, lexicons: lexicons)
        let index = KnownPeopleIndex(people)
        let partsByName = Dictionary(forms.compactMap(\.first).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for name in created {
            let candidates = index.namesSharingAName(with: name, firstNameVariants: lexicons.firstNameKeys).filter { $0 != name }
            let parts = partsByName[name] ?? PersonNameParts(name, lexicons: lexicons)
            if let match = detector.suspectedMatch(for: parts, among: candidates.map { partsByName[$0] ?? PersonNameParts($0, lexicons: lexicons) }) {
                nearMisses.append(NearMiss(name: name, suspectedMatch: match))
            }
        }
    }

    /// Names for review that concern `names`: ambiguous ones and near misses.
    public func review(of names: [String]) -> [NearMiss] {
        let keys = Set(names.map { PersonNameKey.of($0) })
        return (ambiguous + nearMisses).filter { keys.contains(PersonNameKey.of($0.name)) }
    }

    /// One name's sightings taken together: the strongest, every attendee of the meetings that
    /// name it, and in how many different lines it was seen.
    private struct Sighted {
        var sighting: NameSighting
        var contexts: Set<Int>
        var first: Int
    }

    /// Names by strength, then in how many lines they were seen, then first appearance: the
    /// best-attested spelling of a person is registered first and becomes the name of the note.
    private static func ordered(_ sightings: [NameSighting]) -> [Sighted] {
        var byKey: [String: Sighted] = [:]
        for (index, sighting) in sightings.enumerated() {
            let key = PersonNameKey.of(sighting.name)
            guard var seen = byKey[key] else {
                byKey[key] = Sighted(sighting: sighting, contexts: [sighting.context], first: index)
                continue
            }
            seen.contexts.insert(sighting.context)
            // The sightings of one note share their attendees: a set makes adding them linear, not quadratic.
            let present = Set(seen.sighting.attendees)
            let attendees = seen.sighting.attendees + sighting.attendees.filter { !present.contains($0) }
            if sighting.strength > seen.sighting.strength { seen.sighting = sighting }
            seen.sighting.attendees = attendees
            byKey[key] = seen
        }
        return byKey.values.sorted { lhs, rhs in
            if lhs.sighting.strength != rhs.sighting.strength { return lhs.sighting.strength > rhs.sighting.strength }
            if lhs.contexts.count != rhs.contexts.count { return lhs.contexts.count > rhs.contexts.count }
            return lhs.first < rhs.first
        }
    }

    private mutating func register(_ sighted: Sighted, blocked: [String: String]) {
        let sighting = sighted.sighting
        let key = PersonNameKey.of(sighting.name)
        guard byKey[key] == nil, !excluded.contains(key), PersonNameKey.words(of: key).count > 1 else { return }
        let parts = PersonNameParts(sighting.name, lexicons: matcher.lexicons)
        let (attending, matches) = variantMatches(of: parts, sighting: sighting, blocked: blocked[key])
        switch matches.count {
        case 0 where sighting.strength == .spoken && sighted.contexts.count < 2:
            return
        case 0:
            created.append(sighting.name)
            add(KnownPerson(name: sighting.name))
        case 1:
            let index = matches.first!
            let why = reason(parts, index, attending: attending.contains(index))!
            merges.append(Merge(variant: sighting.name, person: people[index].name, reason: why.rawValue))
            addAlias(sighting.name, to: index)
        default:
            let names = matches.map { people[$0].name }.sorted()
            ambiguous.append(NearMiss(name: sighting.name, suspectedMatch: names.joined(separator: " or ")))
            byKey[key] = -1
        }
    }

    /// The people `parts` may be a spelling of, and the meeting's attendees among the people: the
    /// attendees are tried first (a near spelling in a note is most likely someone in the room),
    /// everyone only when none matches; a person whose merge with this name the user undid
    /// (`blockedPerson`, a name key) is left out. A method of its own, not inline in the mutating
    /// `register`: there every closure over `self` copied the whole registry, pair after pair.
    private func variantMatches(of parts: PersonNameParts, sighting: NameSighting,
                                blocked blockedPerson: String?) -> (attending: [Int], matches: Set<Int>) {
        func allowed(_ index: Int) -> Bool { blockedPerson == nil || blockedPerson != PersonNameKey.of(people[index].name) }
        // An attendee whose name was left ambiguous (index -1) is no one to match.
        let attending = sighting.attendees.compactMap { byKey[PersonNameKey.of($0)] }.filter { $0 >= 0 && allowed($0) }
        var matches = Set(attending.filter { reason(parts, $0, attending: true) != nil })
        if matches.isEmpty {
            matches = Set(people.indices.filter { allowed($0) && reason(parts, $0, attending: false) != nil })
        }
        return (attending, matches)
    }

    /// Why `name` is a variant of person `index` (their name or any alias).
    private func reason(_ name: PersonNameParts, _ index: Int, attending: Bool) -> NameVariantMatcher.Reason? {
        for form in forms[index] {
            if let why = matcher.reason(name, isVariantOf: form, attending: attending) { return why }
        }
        return nil
    }

    private mutating func add(_ person: KnownPerson) {
        let index = people.count
        people.append(person)
        forms.append(([person.name] + person.aliases).map { PersonNameParts($0, lexicons: matcher.lexicons) })
        for form in [person.name] + person.aliases where byKey[PersonNameKey.of(form)] == nil {
            byKey[PersonNameKey.of(form)] = index
        }
    }

    private mutating func addAlias(_ alias: String, to index: Int) {
        let key = PersonNameKey.of(alias)
        guard byKey[key] == nil || byKey[key] == index else { return }
        byKey[key] = index
        if PersonNameKey.of(people[index].name) != key && !people[index].aliases.contains(where: { PersonNameKey.of($0) == key }) {
            people[index].aliases.append(alias)
            forms[index].append(PersonNameParts(alias, lexicons: matcher.lexicons))
        }
    }

    /// Whether `name` is the owner, by name or any spelling merged into them.
    public func isOwner(_ name: String) -> Bool {
        guard let ownerIndex, let index = byKey[PersonNameKey.of(name)] else { return false }
        return index == ownerIndex
    }

    /// The person `name` is, by name or alias; nil when unknown, ambiguous or ruled out.
    public func person(named name: String) -> KnownPerson? {
        guard let index = byKey[PersonNameKey.of(name)], index >= 0 else { return nil }
        return people[index]
    }

    /// Every key of the given names `firstName` may stand for, from the lexicons the registry
    /// matched with (`PersonLexicons.firstNameKeys`).
    public func firstNameKeys(_ firstName: String) -> Set<String> {
        matcher.lexicons.firstNameKeys(firstName)
    }

    /// The name keys that may never be a person here, sorted: those the user ruled out and those
    /// that match two people.
    public var ruledOutKeys: [String] {
        (excluded.union(byKey.filter { $0.value == -1 }.keys)).sorted()
    }

    /// Whether `name` may never be a person here (`not_people`, a deleted note, two candidates).
    public func isRuledOut(_ name: String) -> Bool {
        let key = PersonNameKey.of(name)
        return excluded.contains(key) || byKey[key] == -1
    }
}
