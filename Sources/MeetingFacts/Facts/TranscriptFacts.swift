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
                // Whether the line commits to something, read once per line and only for a date.
                var lineCommits: Bool?
                func commits() -> Bool {
                    if let lineCommits { return lineCommits }
                    let found = TranscriptFacts.letterWords(buffer.text(lineRange)).contains { commitmentWords.contains($0) }
                    lineCommits = found
                    return found
                }
                for mention in mentions where isDomainValue(mention, lineCommits: commits) {
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
    private func isDomainValue(_ mention: Mention, lineCommits: () -> Bool) -> Bool {
        switch mention.kind {
        case .quantity, .duration:
            return true
        case .date:
            guard mention.start != nil, !filter.speechTimeWords.contains(mention.text.lowercased()) else { return false }
            return lineCommits()
        default:
            return false
        }
    }

    /// The runs of letters of a line, lower-cased: `line.lowercased().split { !$0.isLetter }`. An
    /// ASCII line (a letter there is A–Z or a–z) is split on its bytes without forming Characters.
    static func letterWords(_ line: String) -> [String] {
        var line = line
        let ascii = line.withUTF8 { bytes -> [String]? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var words: [String] = []
            var start = -1
            for (offset, byte) in bytes.enumerated() {
                let isLetter = byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A
                if isLetter && start < 0 { start = offset }
                if !isLetter && start >= 0 {
                    words.append(TranscriptFacts.lowercased(UnsafeBufferPointer(rebasing: bytes[start..<offset])))
                    start = -1
                }
            }
            if start >= 0 { words.append(TranscriptFacts.lowercased(UnsafeBufferPointer(rebasing: bytes[start...]))) }
            return words
        }
        return ascii ?? line.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
    }

    private static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { output in
            for (offset, byte) in bytes.enumerated() { output[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
            return bytes.count
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
