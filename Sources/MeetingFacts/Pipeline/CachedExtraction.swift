import Foundation

/// An extraction result as the run state keeps it (`ExtractionCache`): every field of
/// `Extractor.Result` a later stage reads, so a note whose text, date and rules are unchanged is
/// analysed again without being extracted again. Results with diagnostics are never kept: a note
/// past its limits is extracted (and reported) every time.
struct CachedExtraction: Equatable {
    struct Candidate: Equatable {
        var mention: Mention
        var priority: Int
        var order: Int
    }

    var mentions: [Mention]
    var nameCandidates: [Candidate]
    var contenders: [Candidate]
    var matches: Int

    /// Nil for a result with diagnostics.
    init?(_ result: Extractor.Result) {
        guard result.diagnostics.isEmpty else { return nil }
        mentions = result.mentions
        nameCandidates = result.nameCandidates.map { Candidate(mention: $0.mention, priority: $0.priority, order: $0.order) }
        contenders = result.contenders.map { Candidate(mention: $0.mention, priority: $0.priority, order: $0.order) }
        matches = result.matches
    }

    var result: Extractor.Result {
        Extractor.Result(mentions: mentions,
                         nameCandidates: nameCandidates.map { Extractor.Contender(mention: $0.mention, priority: $0.priority, order: $0.order) },
                         contenders: contenders.map { Extractor.Contender(mention: $0.mention, priority: $0.priority, order: $0.order) },
                         diagnostics: [], matches: matches)
    }

    /// The byte form kept in the state (`ExtractionBytes`), version first.
    func encoded() -> Data? {
        var out = ExtractionBytes()
        out.write(CachedExtraction.version)
        out.write(matches)
        out.write(mentions.count)
        for mention in mentions { CachedExtraction.write(mention, to: &out) }
        for candidates in [nameCandidates, contenders] {
            out.write(candidates.count)
            for candidate in candidates {
                CachedExtraction.write(candidate.mention, to: &out)
                out.write(candidate.priority)
                out.write(candidate.order)
            }
        }
        return out.data
    }

    /// Nil for bytes of another version, truncated or malformed.
    init?(decoding data: Data) {
        var input = ExtractionBytes(data)
        guard input.readInt() == CachedExtraction.version, let matches = input.readInt(), let count = input.readInt(), count >= 0 else { return nil }
        self.matches = matches
        mentions = []
        for _ in 0..<count {
            guard let mention = CachedExtraction.readMention(&input) else { return nil }
            mentions.append(mention)
        }
        var lists: [[Candidate]] = []
        for _ in 0..<2 {
            guard let count = input.readInt(), count >= 0 else { return nil }
            var list: [Candidate] = []
            for _ in 0..<count {
                guard let mention = CachedExtraction.readMention(&input), let priority = input.readInt(), let order = input.readInt()
                else { return nil }
                list.append(Candidate(mention: mention, priority: priority, order: order))
            }
            lists.append(list)
        }
        guard input.isAtEnd else { return nil }
        nameCandidates = lists[0]
        contenders = lists[1]
    }

    /// Bumped whenever the byte form changes, so older entries are never misread.
    static let version = 1

    /// After kind, text, line and span, the byte form holds a mention's optional fields in this
    /// order (the order is the format: a new field goes last, with a new version), each present
    /// one flagged by a bit, and `approx` in two bits after them. A test holds that these name
    /// every field of `MentionValues`, and `rule`.
    static let stringFields: [WritableKeyPath<Mention, String?> & Sendable] = [
        \.normalized.unit, \.normalized.item, \.normalized.timex, \.normalized.start, \.normalized.end, \.normalized.grain,
        \.normalized.time, \.normalized.part, \.normalized.freq, \.normalized.name, \.normalized.company, \.normalized.role,
        \.normalized.team, \.rule,
    ]
    static let numberFields: [WritableKeyPath<Mention, Double?> & Sendable] = [\.normalized.value, \.normalized.low, \.normalized.high,
                                                                    \.normalized.seconds]

    private static func write(_ mention: Mention, to out: inout ExtractionBytes) {
        out.write(mention.kind.rawValue)
        out.write(mention.text)
        out.write(mention.line)
        out.write(mention.span.count)
        for bound in mention.span { out.write(bound) }
        let strings = stringFields.map { mention[keyPath: $0] }
        let numbers = numberFields.map { mention[keyPath: $0] }
        var present = 0
        for (bit, string) in strings.enumerated() where string != nil { present |= 1 << bit }
        for (bit, number) in numbers.enumerated() where number != nil { present |= 1 << (strings.count + bit) }
        if let approx = mention.approx { present |= 1 << (strings.count + numbers.count) | (approx ? 1 << (strings.count + numbers.count + 1) : 0) }
        out.write(present)
        for string in strings { if let string { out.write(string) } }
        for number in numbers { if let number { out.write(number) } }
    }

    private static func readMention(_ input: inout ExtractionBytes) -> Mention? {
        guard let kindName = input.readString(), let kind = MentionKind(rawValue: kindName), let text = input.readString(),
              let line = input.readInt(), let spanCount = input.readInt(), (0...2).contains(spanCount) else { return nil }
        var span: [Int] = []
        for _ in 0..<spanCount {
            guard let bound = input.readInt() else { return nil }
            span.append(bound)
        }
        guard let present = input.readInt() else { return nil }
        var mention = Mention(kind: kind, text: text, line: line, span: 0..<0)
        mention.span = span
        for (bit, field) in stringFields.enumerated() where present & 1 << bit != 0 {
            guard let string = input.readString() else { return nil }
            mention[keyPath: field] = string
        }
        for (bit, field) in numberFields.enumerated() where present & 1 << (stringFields.count + bit) != 0 {
            guard let number = input.readDouble() else { return nil }
            mention[keyPath: field] = number
        }
        let approx = stringFields.count + numberFields.count
        mention.approx = present & 1 << approx == 0 ? nil : present & 1 << (approx + 1) != 0
        return mention
    }
}
