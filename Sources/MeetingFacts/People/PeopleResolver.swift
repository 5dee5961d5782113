import Foundation

/// Splits the people of one note into attendees and referenced people.
///
/// Attendees are the declared ones (names, `[[wikilinks]]`, emails of known people) and the
/// transcript speakers with real names, resolved to full names, placeholders ("Remote",
/// "Speaker 1") and topics or companies removed, and the vault owner, who attends every meeting of
/// their vault. Referenced are the other people the note's person mentions name. A new full name
/// that nearly matches a known person is kept under its own spelling and reported as a near miss.
public struct PeopleResolver: Sendable {
    public let rules: RuleSet
    private let lexicons: PersonLexicons
    private let nearMissDetector: NearMissDetector
    private let knownIndex = KnownPeopleIndexCache()

    public init(rules: RuleSet = .shipped) {
        self.rules = rules
        lexicons = PersonLexicons(rules: rules)
        nearMissDetector = NearMissDetector(rules: rules, lexicons: lexicons)
    }

    public func resolve(declaredAttendees: [String], transcriptSpeakers: [String], mentions: [Mention],
                        knownPeople: [KnownPerson], owner: String?) -> PeopleResolution {
        var known = knownPeople
        if let owner, !owner.isEmpty, !known.contains(where: { PersonNameKey.of($0.name) == PersonNameKey.of(owner) }) {
            known.append(KnownPerson(name: owner))
        }
        let index = knownIndex.index(for: knownPeople).adding(owner.flatMap { $0.isEmpty ? nil : KnownPerson(name: $0) })
        let declared = declaredAttendees.compactMap { cleanDeclared($0, known: known) }
        let speakers = transcriptSpeakers.compactMap { cleanDeclared($0, known: known) }

        // Full names first, so that a first name alone ("Jason") can resolve to one of them.
        var attendees = NameList()
        if let owner, !owner.isEmpty { attendees.add(owner) }
        let everyone = declared + speakers
        let fullNamed = everyone.filter { PersonNameKey.words(of: $0).count > 1 }
        let directory = PersonDirectory(attendees: [], known: index, lexicons: lexicons)
        for name in fullNamed { attendees.add(directory.resolve(name) ?? name) }
        let withAttendees = PersonDirectory(attendees: attendees.names, known: index, lexicons: lexicons)
        for name in everyone where PersonNameKey.words(of: name).count == 1 {
            attendees.add(withAttendees.resolve(name) ?? name)
        }

        // Referenced: mentions resolved against the final attendees; full names before lone first names.
        let final = PersonDirectory(attendees: attendees.names, known: index, lexicons: lexicons)
        let people = mentions.filter { $0.kind == "person" }
        var referenced = NameList()
        var affiliations: [String: Affiliation] = [:]
        var resolvedNames: [Int: String] = [:]
        for (index, mention) in people.enumerated() {
            let surface = mention.name ?? mention.text
            guard !lexicons.isNeverAPerson(surface), !lexicons.isPlaceholder(surface) else { continue }
            let name = final.resolve(surface) ?? surface
            if PersonNameKey.words(of: name).count > 1 {
                resolvedNames[index] = name
                if !attendees.contains(name) { referenced.add(name) }
            }
        }
        let withReferenced = PersonDirectory(attendees: attendees.names + referenced.names, known: index, lexicons: lexicons)
        for (index, mention) in people.enumerated() where resolvedNames[index] == nil {
            let surface = mention.name ?? mention.text
            guard !lexicons.isNeverAPerson(surface), !lexicons.isPlaceholder(surface) else { continue }
            let name = final.resolve(surface) ?? withReferenced.resolve(surface) ?? surface
            resolvedNames[index] = name
            if !attendees.contains(name) { referenced.add(name) }
        }
        for (index, mention) in people.enumerated() {
            guard let name = resolvedNames[index], mention.company != nil || mention.role != nil || mention.team != nil else { continue }
            var affiliation = affiliations[name] ?? Affiliation()
            affiliation.company = mention.company ?? affiliation.company
            affiliation.role = mention.role ?? affiliation.role
            affiliation.team = mention.team ?? affiliation.team
            affiliations[name] = affiliation
        }

        // A new name near a known person, or near a name met earlier in this note ("Tomer Hagey" after
        // "Tomer Hagay"), is one person spelled two ways until an alias says so.
        var nearMisses: [NearMiss] = []
        var earlier: [String] = []
        for name in attendees.names + referenced.names {
            let candidates = index.namesSharingAName(with: name, firstNameVariants: lexicons.firstNameKeys) + earlier
            if !index.contains(name),
               let match = nearMissDetector.suspectedMatch(for: name, among: candidates) {
                nearMisses.append(NearMiss(name: name, suspectedMatch: match))
            }
            earlier.append(name)
        }
        return PeopleResolution(attendees: attendees.names, referenced: referenced.names,
                                nearMisses: nearMisses, affiliations: affiliations)
    }

    /// A declared attendee or speaker as a plain name: wikilink brackets, display text, tag paths
    /// and quotes removed; an email becomes the known person who has it, else nothing; placeholders,
    /// topics and companies become nothing.
    func cleanDeclared(_ raw: String, known: [KnownPerson]) -> String? {
        var text = raw.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\"'")))
        if text.hasPrefix("[["), let end = text.range(of: "]]") {
            text = String(text[text.index(text.startIndex, offsetBy: 2)..<end.lowerBound])
            if let bar = text.firstIndex(where: { $0 == "|" || $0 == "#" }) { text = String(text[..<bar]) }
        }
        if let slash = text.lastIndex(of: "/") { text = String(text[text.index(after: slash)...]) }
        if let angle = text.firstIndex(of: "<") {
            let email = text[text.index(after: angle)...].trimmingCharacters(in: CharacterSet(charactersIn: "> "))
            let name = text[..<angle].trimmingCharacters(in: .whitespaces)
            text = name.isEmpty ? email : name
        }
        text = text.trimmingCharacters(in: .whitespaces)
        if text.contains("@") {
            let key = text.lowercased()
            return known.first { $0.email?.lowercased() == key }?.name
        }
        // A name has no digits ("Speaker 3", "Jabra Speak 710") and starts with a capital.
        guard let first = text.first, first.isLetter, first.isUppercase || !first.isCased,
              !text.contains(where: \.isNumber) else { return nil }
        if lexicons.isNeverAPerson(text) { return nil }
        return text
    }

}
