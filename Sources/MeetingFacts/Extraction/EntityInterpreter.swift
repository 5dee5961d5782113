import Foundation

/// Reads matches of the `person`, `company` and `site` rules.
///
/// A person's `name` is the name as written ("@JohnMill" read as "John Mill" for rules producing
/// `handle: true`); who it means is the people stage's decision. Rules producing `requires: known`
/// (any run of capitalised words) and `lone-word: known-only` (a one-word wikilink) yield name
/// candidates, which count only when the people stage resolves them to someone it knows.
/// Groups `company`, `role` and `team` give the person's affiliation. A company's `name` is its
/// gazetteer name; a site's the gazetteer name or the `name` group.
public struct EntityInterpreter: MentionInterpreter {
    public var kinds: [MentionKind] { [.person, .company, .site] }

    public init() {}

    public func interpret(_ match: RuleMatch, in context: ExtractionContext) -> [Mention] {
        switch match.rule.kind {
        case .person: return person(match, context)
        case .company: return company(match, context)
        default: return site(match, context)
        }
    }

    /// Whether a mention of `rule` stands only if it names someone the people stage knows.
    public static func isCandidate(_ mention: Mention, of rule: Rule) -> Bool {
        rule.produced("requires") == "known"
            || (rule.produced("lone-word") == "known-only" && !mention.text.contains(" "))
    }

    private func person(_ match: RuleMatch, _ context: ExtractionContext) -> [Mention] {
        let range = match.range("name") ?? match.range
        let surface = match.buffer.text(range)
        // Placeholders, topics, companies and function words are never a person, whoever is known.
        // (A candidate that must name someone known is judged by the people stage: no lists read here.)
        if match.rule.produced("requires") != "known" && !PersonLexicons(rules: context.rules).couldBePerson(surface) { return [] }
        var mention = match.mention(span: range)
        mention.name = surface
        if match.rule.produced("handle") == "true" && !surface.contains(" ") {
            mention.name = EntityInterpreter.splitCamelCase(surface)
        }
        if let company = match.group("company") {
            mention.company = context.rules.lexicon("COMPANY").flatMap { EntityInterpreter.canonicalName(company, in: $0) } ?? company
        }
        mention.team = match.group("team").map(trimmed).flatMap { $0.isEmpty ? nil : $0 }
        mention.role = match.group("role").map(trimmed).flatMap { $0.isEmpty ? nil : $0 }
        // "Renan (VAST CEO)": what follows the company is a role when it is a job title.
        if let team = mention.team, mention.role == nil, context.rules.lexicon("PERSON_ROLE")?.contains(team) == true {
            mention.role = team
            mention.team = nil
        }
        return [mention]
    }

    private func company(_ match: RuleMatch, _ context: ExtractionContext) -> [Mention] {
        var mention = match.mention()
        let surface = match.group("name") ?? mention.text
        mention.name = context.rules.lexicon("COMPANY").flatMap { EntityInterpreter.canonicalName(surface, in: $0) } ?? surface
        return [mention]
    }

    private func site(_ match: RuleMatch, _ context: ExtractionContext) -> [Mention] {
        let range = match.range("name") ?? match.range
        var mention = match.mention(span: range)
        let entry = context.rules.lexicon("SITE")?.entry(for: mention.text)
        mention.name = entry?.attribute("name") ?? mention.text
        return [mention]
    }

    /// The gazetteer name of a surface ("VAST" → "VAST Data"), nil when the lexicon lacks it.
    public static func canonicalName(_ surface: String, in lexicon: Lexicon) -> String? {
        guard let entry = lexicon.entry(for: surface) else { return nil }
        return entry.attribute("name") ?? entry.forms.first
    }

    /// "JohnMill" as "John Mill": a handle written without spaces, split before each inner capital
    /// that follows a lower-case letter.
    public static func splitCamelCase(_ handle: String) -> String {
        var result = ""
        var previousWasLower = false
        for character in handle {
            if character.isUppercase && previousWasLower { result.append(" ") }
            result.append(character)
            previousWasLower = character.isLowercase
        }
        return result
    }

    private func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces)
    }
}
