import Foundation

/// Facts of a note that is speech only — a recording dropped in as text, no summary written:
/// from each speaker's turns, the sentences that hold a quantity or duration, or a date with a
/// commitment ("we ship it by March"), fillers removed, quoted, and about the speaker. At most a
/// few per speaker per meeting, the richest (most typed mentions) first. What the owner says is
/// a fact only about the others it names.
public struct TranscriptFacts: Sendable {
    public var maximumPerSpeaker: Int
    public var filter: StatementFilter
    /// Words that make a dated sentence a commitment rather than chatter (`FACT_COMMITMENT`).
    public var commitmentWords: Set<String>

    public init(rules: RuleSet, filter: StatementFilter) {
        maximumPerSpeaker = Int(rules.number(setting: "facts.transcript.max-per-speaker", default: 3))
        self.filter = filter
        commitmentWords = Set((rules.lexicon("FACT_COMMITMENT")?.entries.flatMap(\.forms) ?? ["will", "by", "deadline"]).map { $0.lowercased() })
    }

    func facts(of note: MeetingNote, attribution: FactAttribution, byLine: [Int: [Mention]], buffer: TextBuffer) -> [Fact] {
        var bySpeaker: [String: [(fact: Fact, score: Int)]] = [:]
        var seen = Set<Int>()
        let turns = note.turns.sorted { $0.line < $1.line }
        for (index, turn) in turns.enumerated() {
            guard let speaker = attribution.speaker(of: turn.line) else { continue }
            let end = index + 1 < turns.count ? turns[index + 1].line : turn.line + turn.text.split(separator: "\n").count
            for line in turn.line..<max(end, turn.line + 1) where line <= buffer.lineStarts.count && byLine[line] != nil {
                let lineRange = buffer.range(ofLine: line)
                let mentions = byLine[line] ?? []
                for mention in mentions where isDomainValue(mention, in: buffer.text(lineRange)) {
                    let sentence = buffer.sentence(around: mention.byteRange, wholeSentence: true).clamped(to: lineRange)
                    guard seen.insert(sentence.lowerBound).inserted else { continue }
                    let text = filter.withoutFillers(TranscriptFacts.withoutSpeakerLabel(buffer.text(sentence), speaker: turn.speaker))
                    guard filter.isStatement(text) else { continue }
                    let inside = mentions.filter { sentence.contains($0.span[0]) }
                    var fact = Fact(text: "\"" + text + "\"", line: line, about: [], mentions: inside)
                    fact.about = attribution.about(fact)
                    if speaker == attribution.owner {
                        // The owner's words are facts only about the others they name.
                        fact.about = inside.filter { $0.kind == .person }.compactMap(\.name).filter { $0 != speaker && $0.contains(" ") }
                    }
                    guard !fact.about.isEmpty else { continue }
                    let score = inside.filter { $0.typedValue != nil }.count
                    bySpeaker[speaker, default: []].append((fact, score))
                }
            }
        }
        return bySpeaker.values.flatMap { candidates in
            candidates.enumerated().sorted { ($0.element.score, -$0.offset) > ($1.element.score, -$1.offset) }
                .prefix(maximumPerSpeaker).map(\.element.fact)
        }
    }

    /// A quantity or duration, or a date in a sentence that commits to it.
    private func isDomainValue(_ mention: Mention, in line: String) -> Bool {
        switch mention.kind {
        case .quantity, .duration:
            return true
        case .date:
            guard mention.start != nil, !filter.speechTimeWords.contains(mention.text.lowercased()) else { return false }
            let words = line.lowercased().split(whereSeparator: { !$0.isLetter })
            return words.contains { commitmentWords.contains(String($0)) }
        default:
            return false
        }
    }

    /// A sentence without the `**Speaker:**` or `Speaker:` label the line starts with.
    static func withoutSpeakerLabel(_ sentence: String, speaker: String) -> String {
        var text = sentence.trimmingWhitespace()
        for label in ["**\(speaker):**", "**\(speaker)**:", "\(speaker):", "\(speaker)>>"] where text.hasPrefix(label) {
            text = String(text.dropFirst(label.count)).trimmingWhitespace()
        }
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            text = String(text[text.index(after: close)...]).trimmingWhitespace()
            if text.hasPrefix(speaker) { text = String(text.dropFirst(speaker.count)).trimmingCharacters(in: CharacterSet(charactersIn: " -:")) }
        }
        return text
    }
}
