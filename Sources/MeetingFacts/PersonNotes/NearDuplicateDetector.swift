/// Tells whether two facts state the same thing in other words: the same numbers and dates,
/// the named things of the shorter one found in the other, and content words that mostly agree.
/// The real vault holds many such rewordings of one meeting; each is written once.
public struct NearDuplicateDetector: Sendable {
    public var wordSimilarity: Double
    public var entityCoverage: Double
    public var stopwords: Set<String>
    public var numberSuffixes: [String: Double]

    public init(settings: PersonNoteSettings) {
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

    static func dice(_ first: Set<String>, _ second: Set<String>) -> Double {
        guard !first.isEmpty || !second.isEmpty else { return 1 }
        return 2 * Double(first.intersection(second).count) / Double(first.count + second.count)
    }
}
