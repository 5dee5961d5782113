/// Tells whether two facts state the same thing in other words: the same numbers and dates,
/// the named things of the shorter one found in the other, and content words that mostly agree.
/// The real vault holds many such rewordings of one meeting; each is written once.
public struct NearDuplicateDetector: Sendable {
    public var wordSimilarity: Double
    public var entityCoverage: Double
    public var stopwords: Set<String>
    public var numberSuffixes: [String: Double]
    /// Facts with the same typed values are one when their content words agree this much…
    public var sharedValueWordSimilarity: Double
    /// …and any two are one when their words agree this much…
    public var restatementWordSimilarity: Double
    /// …and two of one meeting with the same typed values (or none) when they agree this much.
    public var sameMeetingWordSimilarity: Double

    public init(settings: PersonNoteSettings) {
        sharedValueWordSimilarity = settings.sharedValueWordSimilarity
        restatementWordSimilarity = settings.restatementWordSimilarity
        sameMeetingWordSimilarity = settings.sameMeetingWordSimilarity
        wordSimilarity = settings.wordSimilarity
        entityCoverage = settings.entityCoverage
        stopwords = settings.stopwords
        numberSuffixes = settings.numberSuffixes
    }

    public func signature(_ text: String) -> FactSignature {
        FactSignature(text, stopwords: stopwords, numberSuffixes: numberSuffixes)
    }

    public func isNearDuplicate(_ first: String, _ second: String) -> Bool {
        isNearDuplicate(signature(first), signature(second))
    }

    public func isNearDuplicate(_ first: FactSignature, _ second: FactSignature) -> Bool {
        guard first.numbers == second.numbers else { return false }
        guard Self.coverage(first, second) >= entityCoverage else { return false }
        return Self.dice(first.words, second.words) >= wordSimilarity
    }

    /// Share of the named things of the statement with fewer of them that the other one mentions.
    static func coverage(_ first: FactSignature, _ second: FactSignature) -> Double {
        let (fewer, other) = first.entities.count <= second.entities.count ? (first, second) : (second, first)
        guard !fewer.entities.isEmpty else { return 1 }
        return Double(fewer.entities.intersection(other.words).count) / Double(fewer.entities.count)
    }

    /// `facts` with each fact once: two are one when they hold the same typed values and share
    /// content words ("Cache must scale to ~100k nodes" / "Target scale is 100,000 nodes…"), or
    /// mostly say the same words. Of two, the one with more typed values is kept, then the shorter,
    /// in the place of the first. Returns the kept facts and the restatements dropped.
    public func onceEach(_ facts: [PersonDigest.Entry]) -> (kept: [PersonDigest.Entry], dropped: [PersonDigest.Entry]) {
        var kept: [(entry: PersonDigest.Entry, signature: FactSignature)] = []
        var dropped: [PersonDigest.Entry] = []
        for fact in facts {
            let signature = self.signature(fact.statement)
            guard let twin = kept.firstIndex(where: { isSameFact($0.entry, $0.signature, fact, signature) }) else {
                kept.append((fact, signature))
                continue
            }
            let other = kept[twin].entry
            let better = fact.values.count != other.values.count ? fact.values.count > other.values.count
                : fact.statement.count < other.statement.count
            if better {
                dropped.append(other)
                kept[twin] = (fact, signature)
            } else {
                dropped.append(fact)
            }
        }
        return (kept.map(\.entry), dropped)
    }

    func isSameFact(_ first: PersonDigest.Entry, _ firstSignature: FactSignature,
                    _ second: PersonDigest.Entry, _ secondSignature: FactSignature) -> Bool {
        let words = Self.dice(firstSignature.words, secondSignature.words)
        if !first.values.isEmpty, first.values == second.values, words >= sharedValueWordSimilarity { return true }
        if first.meeting == second.meeting, first.values == second.values, words >= sameMeetingWordSimilarity { return true }
        if !first.values.isEmpty, !second.values.isEmpty, first.values.isSubset(of: second.values) || second.values.isSubset(of: first.values),
           words >= wordSimilarity * 0.75 { return true }
        return words >= restatementWordSimilarity || isRestatement(firstSignature, secondSignature)
    }

    /// Whether two statements say the same by their text alone (a line already on the note has
    /// no mentions): the same numbers and some shared words, or mostly the same words.
    public func isRestatement(_ first: FactSignature, _ second: FactSignature) -> Bool {
        let words = Self.dice(first.words, second.words)
        if !first.numbers.isEmpty, first.numbers == second.numbers, words >= sharedValueWordSimilarity { return true }
        return words >= restatementWordSimilarity || isNearDuplicate(first, second)
    }

    static func dice(_ first: Set<String>, _ second: Set<String>) -> Double {
        guard !first.isEmpty || !second.isEmpty else { return 1 }
        return 2 * Double(first.intersection(second).count) / Double(first.count + second.count)
    }
}
