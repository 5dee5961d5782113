import PCRE2

/// A rule's match in a text, with helpers to read its named groups.
public struct RuleMatch {
    public let rule: Rule
    public let match: Match
    public let buffer: TextBuffer

    public var range: Range<Int> { match.range }
    public var text: String { buffer.text(match.range) }
    public var line: Int { buffer.line(at: match.range.lowerBound) }

    public func range(_ group: String) -> Range<Int>? { match.range(named: group) }

    /// The text of a named group, nil when it did not take part.
    public func group(_ name: String) -> String? { match.range(named: name).map(buffer.text) }

    public func has(_ group: String) -> Bool { match.range(named: group) != nil }

    /// A mention of `kind` covering `span` (the whole match by default), tagged with this rule.
    public func mention(_ kind: MentionKind? = nil, span: Range<Int>? = nil) -> Mention {
        let span = span ?? match.range
        return Mention(kind: kind ?? rule.kind, text: buffer.text(span), line: buffer.line(at: span.lowerBound),
                       span: span, rule: rule.id)
    }
}
