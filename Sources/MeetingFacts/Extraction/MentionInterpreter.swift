/// Turns rule matches of some kinds into mentions with normalized values (a quantity's unit and
/// value, a date's start and end…). Returning no mention rejects the match (e.g. "may" as a verb).
public protocol MentionInterpreter: Sendable {
    /// The rule kinds this interpreter reads.
    var kinds: [MentionKind] { get }
    func interpret(_ match: RuleMatch, in context: ExtractionContext) -> [Mention]
}

/// For kinds without their own interpreter: the match as a mention whose `name` is the rule's
/// `produces.name`, else the `name` group, else the surface.
struct SurfaceInterpreter: MentionInterpreter {
    var kinds: [MentionKind] { [] }

    func interpret(_ match: RuleMatch, in context: ExtractionContext) -> [Mention] {
        var mention = match.mention(span: match.range("name") ?? match.range)
        if mention.kind.isEntity {
            mention.name = match.rule.produced("name") ?? mention.text
        }
        return [mention]
    }
}
