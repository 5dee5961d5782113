import Foundation

/// The people stage: decides, once per note, who each name means, who took part and who was
/// merely named.
///
/// Attendees are the declared ones (names, `[[wikilinks]]`, emails of known people) and the
/// transcript speakers with real names, resolved to full names, placeholders ("Remote",
/// "Speaker 1") and topics or companies removed, and the vault owner, who attends every meeting of
/// their vault. Every person mention of the extraction is then resolved against the attendees and
/// the known people; name candidates (runs of capitalised words) stand only where they name one of
/// them. Referenced are the other people the mentions name. A new full name that nearly matches a
/// known person is kept under its own spelling and reported as a near miss.
public struct PeopleResolver: Sendable {
    public let rules: RuleSet
    private let lexicons: PersonLexicons
    private let nearMissDetector: NearMissDetector

    public init(rules: RuleSet = .shipped) {
        self.rules = rules
        lexicons = PersonLexicons(rules: rules)
        nearMissDetector = NearMissDetector(rules: rules, lexicons: lexicons)
    }

    /// What one note says about people.
    public struct Input: Sendable {
        public var declaredAttendees: [String]
        public var transcriptSpeakers: [String]
        public var extraction: Extractor.Result
        public var buffer: TextBuffer
        public var owner: String?

        public init(declaredAttendees: [String], transcriptSpeakers: [String], extraction: Extractor.Result,
                    buffer: TextBuffer, owner: String?) {
            self.declaredAttendees = declaredAttendees
            self.transcriptSpeakers = transcriptSpeakers
            self.extraction = extraction
            self.buffer = buffer
            self.owner = owner
        }
    }

    public func resolve(_ input: Input, known index: KnownPeopleIndex) -> PeopleResolution {
        let owner = input.owner.flatMap { $0.isEmpty ? nil : $0 }
        let index = index.adding(owner.map { KnownPerson(name: $0) })
        let attendees = self.attendees(declared: input.declaredAttendees, speakers: input.transcriptSpeakers,
                                       owner: owner, index: index)
        let directory = PersonDirectory(attendees: attendees.names, known: index, lexicons: lexicons)
        let mentions = resolvedMentions(input.extraction, buffer: input.buffer, directory: directory)

        // Referenced: full names before lone first names, so "Jai" can resolve to a "Jai Menon" named earlier.
        let people = mentions.indices.filter { mentions[$0].kind == .person }
        var referenced = NameList()
        for index in people where PersonNameKey.words(of: mentions[index].name ?? "").count > 1 {
            if let name = mentions[index].name, !attendees.contains(name) { referenced.add(name) }
        }
        let withReferenced = PersonDirectory(attendees: attendees.names + referenced.names, known: index, lexicons: lexicons)
        var resolved = mentions
        for index in people where PersonNameKey.words(of: mentions[index].name ?? "").count <= 1 {
            let surface = mentions[index].name ?? mentions[index].text
            let name = withReferenced.resolve(surface) ?? surface
            resolved[index].name = name
            if !attendees.contains(name) { referenced.add(name) }
        }
        var affiliations: [String: Affiliation] = [:]
        for mention in resolved where mention.statesAffiliation {
            guard let name = mention.name else { continue }
            var affiliation = affiliations[name] ?? Affiliation()
            affiliation.company = mention.company ?? affiliation.company
            affiliation.role = mention.role ?? affiliation.role
            affiliation.team = mention.team ?? affiliation.team
            affiliations[name] = affiliation
        }
        return PeopleResolution(attendees: attendees.names, referenced: referenced.names, mentions: resolved,
                                nearMisses: nearMisses(attendees.names + referenced.names, index: index),
                                affiliations: affiliations)
    }

    /// The declared attendees and named speakers as full names, the owner first. Full names are
    /// resolved first, so that a first name alone ("Jason") can resolve to one of them.
    private func attendees(declared: [String], speakers: [String], owner: String?, index: KnownPeopleIndex) -> NameList {
        let known = index.people
        let everyone = (declared + speakers).compactMap { cleanDeclared($0, known: known) }
        var attendees = NameList()
        if let owner { attendees.add(owner) }
        let directory = PersonDirectory(attendees: [], known: index, lexicons: lexicons)
        for name in everyone where PersonNameKey.words(of: name).count > 1 { attendees.add(directory.resolve(name) ?? name) }
        let withAttendees = PersonDirectory(attendees: attendees.names, known: index, lexicons: lexicons)
        for name in everyone where PersonNameKey.words(of: name).count == 1 { attendees.add(withAttendees.resolve(name) ?? name) }
        return attendees
    }

    /// The extraction's mentions with every person named by whom they mean: name candidates that
    /// resolve join the overlap contest, names that are never a person leave it, and each person
    /// mention's `name` becomes the full name it resolves to (else stays as written).
    private func resolvedMentions(_ extraction: Extractor.Result, buffer: TextBuffer, directory: PersonDirectory) -> [Mention] {
        var contenders = extraction.contenders
        for candidate in extraction.nameCandidates {
            contenders += knownNames(in: candidate, buffer: buffer, directory: directory)
        }
        return Extractor.resolveOverlaps(contenders).map { mention in
            guard mention.kind == .person else { return mention }
            var mention = mention
            let written = mention.name ?? mention.text
            mention.name = directory.resolve(mention.text) ?? directory.resolve(written) ?? written
            return mention
        }
    }

    /// The attendees and known people named in a run of capitalised words: the longest sub-runs that
    /// resolve, scanning left to right. A lone ambiguous word ("Will", "May") is never enough, and
    /// function words, months, companies and topics never are a person.
    private func knownNames(in candidate: Extractor.Contender, buffer: TextBuffer,
                            directory: PersonDirectory) -> [Extractor.Contender] {
        let range = candidate.mention.byteRange
        var words: [Range<Int>] = []
        var start = range.lowerBound
        for offset in range.lowerBound...range.upperBound where offset == range.upperBound || buffer.bytes[offset] == 0x20 {
            if offset > start { words.append(start..<offset) }
            start = offset + 1
        }
        var found: [Extractor.Contender] = []
        var index = 0
        while index < words.count {
            var matched = false
            for length in stride(from: words.count - index, through: 1, by: -1) {
                let span = words[index].lowerBound..<words[index + length - 1].upperBound
                let surface = buffer.text(span)
                guard let name = directory.resolve(surface) else { continue }
                if lexicons.isNeverAPerson(surface) || (length == 1 && lexicons.isAmbiguous(surface)) { continue }
                var mention = Mention(kind: .person, text: surface, line: buffer.line(at: span.lowerBound), span: span,
                                      rule: candidate.mention.rule)
                mention.name = name
                found.append(Extractor.Contender(mention: mention, priority: candidate.priority, order: candidate.order))
                index += length
                matched = true
                break
            }
            if !matched { index += 1 }
        }
        return found
    }

    /// A new name near a known person, or near a name met earlier in this note ("Tomer Hagey" after
    /// "Tomer Hagay"), is one person spelled two ways until an alias says so.
    private func nearMisses(_ names: [String], index: KnownPeopleIndex) -> [NearMiss] {
        var nearMisses: [NearMiss] = []
        var earlier: [String] = []
        for name in names {
            let candidates = index.namesSharingAName(with: name, firstNameVariants: lexicons.firstNameKeys) + earlier
            if !index.contains(name), let match = nearMissDetector.suspectedMatch(for: name, among: candidates) {
                nearMisses.append(NearMiss(name: name, suspectedMatch: match))
            }
            earlier.append(name)
        }
        return nearMisses
    }

    /// Whether a name-shaped surface may be a person at all: not a placeholder, company, topic or
    /// function word.
    public func couldBePerson(_ surface: String) -> Bool { lexicons.couldBePerson(surface) }

    /// The people a run is about to create notes for, from the new full names of its notes (see
    /// `NoteExtraction.newNames`), in the order given: names the vault already knows, by any
    /// spelling the directory accepts, are not new, and a name near a known or earlier one is left
    /// for review rather than guessed. Resolving every note against these from the start gives the
    /// result the next run gets once their notes exist, so a second run changes nothing.
    public func newPeople(named names: [String], known index: KnownPeopleIndex, owner: String?) -> [KnownPerson] {
        let index = index.adding(owner.flatMap { $0.isEmpty ? nil : KnownPerson(name: $0) })
        let directory = PersonDirectory(attendees: [], known: index, lexicons: lexicons)
        var seen = NameList()
        var people: [KnownPerson] = []
        for name in names where !seen.contains(name) && directory.resolve(name) == nil {
            let candidates = index.namesSharingAName(with: name, firstNameVariants: lexicons.firstNameKeys) + seen.names
            seen.add(name)
            if nearMissDetector.suspectedMatch(for: name, among: candidates) != nil { continue }
            people.append(KnownPerson(name: name))
        }
        return people.sorted { $0.name < $1.name }
    }

    /// A declared attendee or speaker as a plain name: wikilink brackets, display text, tag paths
    /// and quotes removed; an email becomes the known person who has it, else nothing; placeholders,
    /// topics and companies become nothing.
    public func cleanDeclared(_ raw: String, known: [KnownPerson]) -> String? {
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
