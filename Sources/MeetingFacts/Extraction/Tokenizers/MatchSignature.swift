import PCRE2

/// What an interpreter can read of a match: its range and the range of every named group that
/// took part. Two matches with the same signature read the same, whether a pattern or a
/// tokenizer made them (a pattern's match also numbers groups of its shared definitions).
public struct MatchSignature: Hashable, Sendable {
    public var range: Range<Int>
    public var groups: [String: Range<Int>]

    public init(_ match: Match) {
        range = match.range
        var groups: [String: Range<Int>] = [:]
        for name in match.participatingNames {
            groups[name] = match.range(named: name)
        }
        self.groups = groups
    }

    /// "Jason Smith" at 10..<21, with its groups: for a test's or `rules check`'s message.
    public func describe(in bytes: [UInt8]) -> String {
        func surface(_ range: Range<Int>) -> String {
            "\"" + String(decoding: bytes[max(0, range.lowerBound)..<min(bytes.count, range.upperBound)], as: UTF8.self) + "\""
        }
        let named = groups.sorted { $0.key < $1.key }.map { "\($0.key)=\(surface($0.value))" }
        return surface(range) + "@\(range.lowerBound)" + (named.isEmpty ? "" : " {" + named.joined(separator: " ") + "}")
    }
}
