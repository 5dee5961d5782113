/// Picks the statements of a meeting note that carry facts, and says whom each is about.
///
/// A fact is a Key facts bullet, or a sentence of the summary, outcomes, decisions or risks that
/// holds a quantity, a duration, a dated event, an affiliation, or a named company or site — never
/// metadata, headings, template text or anything under four words (`StatementFilter`). A note that
/// is speech only yields facts from its speakers' turns instead (`TranscriptFacts`).
///
/// A fact is about a person when it names them (full name, a first name resolved to them, an
/// alias), when they said it (their turn, or the turn that holds its numbers), when they own the
/// action item, or when the meeting is their 1:1 with the owner and the fact is neither about
/// somebody else nor, in a 1:1 whose summary is about the owner, about nobody. Nobody else gets it: an attendee
/// of a group meeting gets its Recent Context line, not its facts. The owner gets no facts.
/// Which sections count and which kinds make a fact are settings in `rules/facts.yml`.
public struct FactAssembler: Sendable {
    public var factKinds: Set<MentionKind>
    public var proseSections: Set<NoteSection.Kind>
    public var filter: StatementFilter
    public var transcript: TranscriptFacts

    public init(rules: RuleSet) {
        let kinds = rules.strings(setting: "fact_mention_kinds", default: ["quantity", "date", "duration", "company", "site"])
        factKinds = Set(kinds.compactMap(MentionKind.init(rawValue:)))
        let sections = rules.strings(setting: "fact_sections", default: ["summary", "outcomes", "decisions", "risks", "other"])
        proseSections = Set(sections.compactMap(NoteSection.Kind.init(rawValue:)))
        filter = StatementFilter(rules: rules)
        transcript = TranscriptFacts(rules: rules, filter: filter)
    }

    /// Facts of `note`, in line order, each with whom it is about.
    public func facts(of note: MeetingNote, people: PeopleResolution, owner: String?, buffer: TextBuffer) -> [Fact] {
        let byLine = Dictionary(grouping: people.mentions.sorted { $0.span[0] < $1.span[0] }, by: \.line)
        var attribution = FactAttribution(note: note, people: people, owner: owner, byLine: byLine, buffer: buffer)
        var facts = statements(of: note, byLine: byLine, buffer: buffer)
        attribution.ownerCentred = owner.map { FactAssembler.summary(summary(of: note), isAbout: $0) } ?? false
        if facts.isEmpty && !note.turns.isEmpty && !hasSummary(note) {
            facts = transcript.facts(of: note, attribution: attribution, byLine: byLine, buffer: buffer)
        }
        return facts.map { fact in
            var fact = fact
            if fact.about.isEmpty { fact.about = attribution.about(fact) }
            return fact
        }.sorted { $0.line < $1.line }
    }

    /// Whether a meeting's summary makes the owner its one subject ("Jason shared he has two
    /// offers…", "Jason Vallery briefed Jai…"; not "Jason and Jai discussed…"): a 1:1 about the owner.
    static func summary(_ summary: String, isAbout owner: String) -> Bool {
        let words = summary.split(separator: " ", omittingEmptySubsequences: true)
        let ownerWords = owner.split(separator: " ")
        for length in [ownerWords.count, 1] where length <= ownerWords.count && words.count > length {
            guard words.prefix(length).elementsEqual(ownerWords.prefix(length)) else { continue }
            let next = words[length]
            return next.first?.isLowercase == true && next != "and"
        }
        return false
    }

    /// What the meeting's Recent Context line says of it (`MeetingSummary`).
    public func summary(of note: MeetingNote) -> String { MeetingSummary.of(note, filter: filter) }

    /// Key facts bullets, and the sentences of prose sections that hold a typed mention.
    private func statements(of note: MeetingNote, byLine: [Int: [Mention]], buffer: TextBuffer) -> [Fact] {
        var facts: [Fact] = []
        var covered = Set<Int>()  // byte starts of statements already taken
        for section in note.sections where section.kind == .keyFacts {
            for line in section.lines where line.number <= buffer.lineStarts.count {
                guard let bullet = FactAssembler.bulletText(line.text), filter.isStatement(bullet) else { continue }
                facts.append(Fact(text: bullet, line: line.number, about: [], mentions: byLine[line.number] ?? []))
                covered.insert(buffer.range(ofLine: line.number).lowerBound)
            }
        }
        for section in note.sections where proseSections.contains(section.kind) {
            for line in section.lines where line.number <= buffer.lineStarts.count {
                let lineRange = buffer.range(ofLine: line.number)
                let trimmed = line.text.trimmingWhitespace()
                if trimmed.isEmpty || trimmed.hasPrefix("```") || trimmed.hasPrefix("|") || trimmed.hasPrefix("- [") { continue }
                let inLine = byLine[line.number] ?? []
                var sentencesSeen = Set<Int>()
                // The summary's first lines are the Recent Context line already: there a company or
                // a site alone ("planned the Lisbon site") makes no fact, only a value or an affiliation.
                for mention in inLine where makesFact(mention) && (section.kind != .summary || !mention.kind.isEntity || mention.statesAffiliation) {
                    let sentence = buffer.sentence(around: mention.byteRange, wholeSentence: true).clamped(to: lineRange)
                    guard !covered.contains(sentence.lowerBound), sentencesSeen.insert(sentence.lowerBound).inserted else { continue }
                    var text = buffer.text(sentence).trimmingWhitespace()
                    text = FactAssembler.bulletText(text) ?? text
                    guard filter.isStatement(text) else { continue }
                    covered.insert(sentence.lowerBound)
                    let inside = inLine.filter { sentence.contains($0.span[0]) }
                    facts.append(Fact(text: text, line: line.number, about: [], mentions: inside))
                }
            }
        }
        return facts
    }

    /// Whether a mention makes its sentence a fact: a kind of `fact_mention_kinds` or an
    /// affiliation — but not a word that only says when something was said ("today", "now").
    func makesFact(_ mention: Mention) -> Bool {
        if mention.statesAffiliation { return true }
        guard factKinds.contains(mention.kind) else { return false }
        return mention.kind != .date || !filter.speechTimeWords.contains(mention.text.lowercased())
    }

    /// Whether the note has a written summary (summary, key facts, outcomes, decisions or risks).
    private func hasSummary(_ note: MeetingNote) -> Bool {
        note.sections.contains { section in
            [.summary, .keyFacts, .outcomes, .decisions, .risks].contains(section.kind)
                && section.lines.contains { !$0.text.trimmingWhitespace().isEmpty }
        }
    }

    /// A list item's text without its marker (`- `, `* `, `1. `), nil for a line that is no list item.
    static func bulletText(_ line: String) -> String? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        for marker in ["- ", "* ", "+ "] where trimmed.hasPrefix(marker) {
            let text = trimmed.dropFirst(marker.count).trimmingCharacters(in: .whitespaces)
            return text.isEmpty || text.hasPrefix("[ ]") || text.hasPrefix("[x]") ? nil : text
        }
        if let dot = trimmed.firstIndex(of: "."), trimmed[..<dot].allSatisfy(\.isNumber), !trimmed[..<dot].isEmpty {
            let text = trimmed[trimmed.index(after: dot)...].trimmingCharacters(in: .whitespaces)
            return text.isEmpty ? nil : text
        }
        return nil
    }
}
