import Foundation

/// The people stage: decides, once per note, who each name means, who took part and who was
/// merely named.
///
/// Attendees are the declared ones (names, `[[wikilinks]]`, emails of known people; a string
/// "A, B and C" is three) and the transcript speakers with real names, titles and placeholders
/// removed, resolved to full names, and the vault owner, who attends every meeting of their vault.
/// Every person mention is then resolved against the attendees and the known people — the vault's
/// and those the run registered (`PeopleRegistry`) — and a full name that is neither is no person.
/// Name candidates (runs of capitalised words) stand only where they name someone known; a given
/// name followed by a different surname is that other person, never the known one. Referenced are
/// the people the mentions name who did not take part.
public struct PeopleResolver: Sendable {
    public let rules: RuleSet
    private let lexicons: PersonLexicons
    let evidence: NameEvidence
    private let emails: EmailAffiliation

    public init(rules: RuleSet = .shipped) {
        self.rules = rules
        lexicons = PersonLexicons(rules: rules)
        evidence = NameEvidence(rules: rules)
        emails = EmailAffiliation(rules: rules)
    }

    /// What one note says about people.
    public struct Input: Sendable {
        public var declaredAttendees: [String]
        public var transcriptSpeakers: [String]
        public var extraction: Extractor.Result
        public var buffer: TextBuffer
        public var owner: String?
        /// Lines taken by the frontmatter: its wikilinks (projects, topics) are no person mentions.
        public var frontmatterLines: Int
        /// Lines of transcript speech, where a capitalised run is weak evidence of a person.
        public var speechLines: Set<Int>
        /// The owners of the note's action items as written (`@Kushal Datta`).
        public var taskOwners: [String] = []

        public init(declaredAttendees: [String], transcriptSpeakers: [String], extraction: Extractor.Result,
                    buffer: TextBuffer, owner: String?, frontmatterLines: Int = 0, speechLines: Set<Int> = []) {
            self.speechLines = speechLines
            self.declaredAttendees = declaredAttendees
            self.transcriptSpeakers = transcriptSpeakers
            self.extraction = extraction
            self.buffer = buffer
            self.owner = owner
            self.frontmatterLines = frontmatterLines
        }
    }

    public func resolve(_ input: Input, known index: KnownPeopleIndex) -> PeopleResolution {
        let owner = input.owner.flatMap { $0.isEmpty ? nil : $0 }
        let index = index.adding(owner.map { KnownPerson(name: $0) })
        let attendees = self.attendees(declared: input.declaredAttendees, speakers: input.transcriptSpeakers,
                                       owner: owner, index: index)
        let directory = PersonDirectory(attendees: attendees.names, known: index, lexicons: lexicons)
        let mentions = resolvedMentions(input, directory: directory)

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
            // A company the gazetteer does not know that is a given name ("Mary from Manish") is a person.
            let company = mention.company.flatMap { company in
                lexicons.companyName(company) == nil && evidence.isGivenName(company, beforeSurname: false) ? nil : company
            }
            affiliation.company = company ?? affiliation.company
            affiliation.role = mention.role ?? affiliation.role
            affiliation.team = mention.team ?? affiliation.team
            if affiliation != Affiliation() { affiliations[name] = affiliation }
        }
        // An attendee's address gives their company, unless the note states one in words.
        for (name, company) in emails.companies(declared: input.declaredAttendees, people: attendees.names + referenced.names)
        where affiliations[name]?.company == nil {
            affiliations[name, default: Affiliation()].company = company
        }
        var resolution = PeopleResolution(attendees: attendees.names, referenced: referenced.names, mentions: resolved,
                                          affiliations: affiliations)
        for label in input.transcriptSpeakers + input.taskOwners {
            guard let name = declaredNames(label, known: index.people).first,
                  let person = withReferenced.resolve(name) ?? (attendees.contains(name) ? name : nil) else { continue }
            resolution.labels[label] = person
        }
        return resolution
    }

    /// The full names one note gives, with how strongly it says each is a person: its attendees and
    /// speakers, the names of its name-shaped contexts with no word that is never a name, and the
    /// runs of capitalised words that begin with a given name ("Priya Nair (primary), Tom Berg").
    public func sightings(_ input: Input) -> [NameSighting] {
        let attendees = (input.declaredAttendees + input.transcriptSpeakers).flatMap { declaredNames($0, known: []) }
            .filter { PersonNameKey.words(of: $0).count > 1 }
        var sightings = attendees.map { NameSighting(name: $0, strength: .attendee, attendees: attendees) }
        for mention in input.extraction.mentions where mention.kind == .person && mention.line > input.frontmatterLines {
            let words = evidence.strippingTitles(PersonNameKey.words(of: mention.name ?? mention.text))
            guard words.count > 1, !words.contains(where: evidence.isNotName) else { continue }
            sightings.append(NameSighting(name: words.joined(separator: " "), strength: .context, attendees: attendees,
                                          context: lineHash(mention.line, input.buffer)))
        }
        for candidate in input.extraction.nameCandidates where candidate.mention.line > input.frontmatterLines {
            let strength: NameSighting.Strength = input.speechLines.contains(candidate.mention.line) ? .spoken : .capitalised
            for name in newNames(in: PersonNameKey.words(of: candidate.mention.text)) {
                sightings.append(NameSighting(name: name, strength: strength, attendees: attendees,
                                              context: lineHash(candidate.mention.line, input.buffer)))
            }
        }
        return sightings
    }

    /// The same for the same line in any process: sightings are kept in the run state and compared
    /// with those of later runs.
    private func lineHash(_ line: Int, _ buffer: TextBuffer) -> Int {
        guard line <= buffer.lineStarts.count else { return line }
        return Int(truncatingIfNeeded: ContentHash(buffer.text(buffer.range(ofLine: line))).value)
    }

    /// The names in a run of capitalised words that the given-name test accepts: at each given
    /// name, it and the surname words after it (two or three words; a third only when it is no
    /// given name itself, so "Priya Nair Tom Berg" is two people). A given name that is also a
    /// common word opens no name here ("Will Nidhi join?"): only a name-shaped context makes
    /// "Will Harvey" a person.
    func newNames(in words: [String]) -> [String] {
        var names: [String] = []
        var index = 0
        while index < words.count {
            guard evidence.isGivenName(words[index], beforeSurname: false), !evidence.isNotName(words[index]),
                  index + 1 < words.count, evidence.isSurnameWord(words[index + 1]) else {
                index += 1
                continue
            }
            var end = index + 2
            if end < words.count, evidence.isSurnameWord(words[end]), !evidence.isGivenName(words[end], beforeSurname: false) { end += 1 }
            let name = Array(words[index..<end])
            if evidence.isNewPersonName(name) { names.append(name.joined(separator: " ")) }
            index = end
        }
        return names
    }

    /// The declared attendees and named speakers as full names, the owner first. Full names are
    /// resolved first, so that a first name alone ("Jason") can resolve to one of them.
    private func attendees(declared: [String], speakers: [String], owner: String?, index: KnownPeopleIndex) -> NameList {
        let known = index.people
        let everyone = (declared + speakers).flatMap { declaredNames($0, known: known) }
        var attendees = NameList()
        if let owner { attendees.add(owner) }
        let directory = PersonDirectory(attendees: [], known: index, lexicons: lexicons)
        for name in everyone where PersonNameKey.words(of: name).count > 1 { attendees.add(directory.resolve(name) ?? name) }
        let withAttendees = PersonDirectory(attendees: attendees.names, known: index, lexicons: lexicons)
        for name in everyone where PersonNameKey.words(of: name).count == 1 { attendees.add(withAttendees.resolve(name) ?? name) }
        return attendees
    }

    /// The extraction's mentions with every person named by whom they mean: name candidates that
    /// resolve join the overlap contest, and each person mention's `name` becomes the full name it
    /// resolves to. A full name that resolves to nobody was ruled out as a person (see
    /// `sightings`), and so were names in the frontmatter; a lone first name stays as written.
    private func resolvedMentions(_ input: Input, directory: PersonDirectory) -> [Mention] {
        var contenders = input.extraction.contenders.filter { $0.mention.kind != .person || $0.mention.line > input.frontmatterLines }
        for candidate in input.extraction.nameCandidates where candidate.mention.line > input.frontmatterLines {
            contenders += knownNames(in: candidate, buffer: input.buffer, directory: directory)
        }
        return Extractor.resolveOverlaps(contenders).compactMap { mention in
            guard mention.kind == .person else { return mention }
            var mention = mention
            let written = evidence.strippingTitles(PersonNameKey.words(of: mention.name ?? mention.text)).joined(separator: " ")
            if let name = directory.resolve(written) {
                mention.name = name
            } else if PersonNameKey.words(of: written).count > 1 {
                return nil
            } else {
                mention.name = written
            }
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
                // "Dana Ortiz" is not the known Dana White: a given name with a surname of its own.
                if length == 1, index + 1 < words.count, PersonNameKey.words(of: name).count > 1,
                   evidence.isSurnameWord(buffer.text(words[index + 1])) { continue }
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

    /// Whether a name-shaped surface may be a person at all: not a placeholder, company, topic or
    /// function word.
    public func couldBePerson(_ surface: String) -> Bool { lexicons.couldBePerson(surface) }

    /// A declared attendee or speaker as plain names: a list in one string ("A, B and C", "A; B",
    /// "A & B") split, each cleaned (`cleanDeclared`), titles stripped, a filler or dash the
    /// transcriber left at the end ("Dana White So-") removed.
    public func declaredNames(_ raw: String, known: [KnownPerson]) -> [String] {
        let parts = raw.replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: " & ", with: ",")
            .split(whereSeparator: { $0 == "," || $0 == ";" })
        return parts.compactMap { part -> String? in
            guard let clean = cleanDeclared(String(part), known: known) else { return nil }
            var words = evidence.strippingTitles(PersonNameKey.words(of: clean))
            while words.count > 1, let last = words.last,
                  last.allSatisfy({ !$0.isLetter }) || NameEvidence.fillers.contains(last.trimmingCharacters(in: .punctuationCharacters)) {
                words.removeLast()
            }
            if let last = words.last { words[words.count - 1] = NameEvidence.withoutGluedFiller(last.trimmingCharacters(in: CharacterSet(charactersIn: "-–—:,."))) }
            let name = words.joined(separator: " ")
            return name.isEmpty ? nil : name
        }
    }

    /// A declared attendee or speaker as a plain name: wikilink brackets, display text, tag paths
    /// and quotes removed; an email becomes the known person who has it or whose name it spells, else
    /// nothing; placeholders, topics and companies become nothing.
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
            if let person = known.first(where: { $0.email?.lowercased() == key }) { return person.name }
            // "johndowney@google.com": the one known person whose name the address spells.
            guard let (local, _) = EmailAffiliation.address(in: text) else { return nil }
            let spelled = known.filter { EmailAffiliation.localPart(local, names: $0.name) }
            return spelled.count == 1 ? spelled[0].name : nil
        }
        // A name has no digits ("Speaker 3", "Jabra Speak 710") and starts with a capital.
        guard let first = text.first, first.isLetter, first.isUppercase || !first.isCased,
              !text.contains(where: \.isNumber) else { return nil }
        if lexicons.isNeverAPerson(text) { return nil }
        return text
    }
}
