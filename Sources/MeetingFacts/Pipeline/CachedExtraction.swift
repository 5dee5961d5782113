import Foundation

/// An extraction result as the run state keeps it (`ExtractionCache`): every field of
/// `Extractor.Result` a later stage reads, so a note whose text, date and rules are unchanged is
/// analysed again without being extracted again. Results with diagnostics are never kept: a note
/// past its limits is extracted (and reported) every time.
struct CachedExtraction: Codable, Equatable {
    struct Candidate: Codable, Equatable {
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

    func encoded() -> Data? { try? PropertyListEncoder.cache.encode(self) }

    init?(decoding data: Data) {
        guard let decoded = try? PropertyListDecoder().decode(CachedExtraction.self, from: data) else { return nil }
        self = decoded
    }
}

private extension PropertyListEncoder {
    static var cache: PropertyListEncoder {
        let encoder = PropertyListEncoder()
        encoder.outputFormat = .binary
        return encoder
    }
}
