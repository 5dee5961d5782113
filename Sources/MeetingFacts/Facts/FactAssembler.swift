/// Picks the statements of a meeting note that carry facts, and says whom each is about.
///
/// Every bullet of a Key facts section is a fact. Elsewhere — summary, outcomes, decisions, risks,
/// other prose, but not the raw transcript nor task lists — a sentence is a fact when it holds a
/// quantity, a dated event, or a relation between a person and a company. Which section kinds count
/// and which mention kinds make a fact are settings in `rules/facts.yml`.
public struct FactAssembler: Sendable {
    public var factKinds: Set<MentionKind>
    public var proseSections: Set<NoteSection.Kind>

    public init(rules: RuleSet) {
        let kinds = rules.strings(setting: "fact_mention_kinds", default: ["quantity", "date", "duration"])
        factKinds = Set(kinds.compactMap(MentionKind.init(rawValue:)))
        let sections = rules.strings(setting: "fact_sections", default: ["summary", "outcomes", "decisions", "risks", "other"])
        proseSections = Set(sections.compactMap(NoteSection.Kind.init(rawValue:)))
    }

    /// Facts of `note`, in line order, from its mentions with people resolved.
    public func facts(of note: MeetingNote, mentions: [Mention], buffer: TextBuffer) -> [Fact] {
        var facts: [Fact] = []
        var covered = Set<Int>()  // byte starts of statements already taken
        let sorted = mentions.sorted { $0.span[0] < $1.span[0] }
        // Mentions by the line they start on: each line looks only at its own.
        let byLine = Dictionary(grouping: sorted, by: \.line)

        for section in note.sections where section.kind == .keyFacts {
            for line in section.lines {
                guard let bullet = FactAssembler.bulletText(line.text), line.number <= buffer.lineStarts.count else { continue }
                let range = buffer.range(ofLine: line.number)
                let inside = byLine[line.number] ?? []
                facts.append(Fact(text: bullet, line: line.number, about: FactAssembler.people(in: inside), mentions: inside))
                covered.insert(range.lowerBound)
            }
        }
        for section in note.sections where proseSections.contains(section.kind) {
            for line in section.lines where line.number <= buffer.lineStarts.count {
                let lineRange = buffer.range(ofLine: line.number)
                let trimmed = line.text.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty || trimmed.hasPrefix("```") || trimmed.hasPrefix("|") || trimmed.hasPrefix("- [") { continue }
                let inLine = byLine[line.number] ?? []
                var sentencesSeen = Set<Int>()
                for mention in inLine where factKinds.contains(mention.kind) || mention.statesAffiliation {
                    let sentence = buffer.sentence(around: mention.byteRange, wholeSentence: true).clamped(to: lineRange)
                    guard !covered.contains(sentence.lowerBound), sentencesSeen.insert(sentence.lowerBound).inserted else { continue }
                    covered.insert(sentence.lowerBound)
                    var text = buffer.text(sentence).trimmingCharacters(in: .whitespaces)
                    text = FactAssembler.bulletText(text) ?? text
                    let inside = inLine.filter { sentence.contains($0.span[0]) }
                    facts.append(Fact(text: text, line: line.number, about: FactAssembler.people(in: inside), mentions: inside))
                }
            }
        }
        return facts.sorted { $0.line < $1.line }
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

    /// Distinct resolved person names, in order of appearance.
    static func people(in mentions: [Mention]) -> [String] {
        var seen = Set<String>()
        return mentions.filter { $0.kind == .person }.compactMap { $0.name ?? $0.text }.filter { seen.insert($0).inserted }
    }
}
