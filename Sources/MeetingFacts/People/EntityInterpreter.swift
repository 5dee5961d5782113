import Foundation

/// Reads matches of the `person`, `company` and `site` rules.
///
/// A person's `name` is the full name the surface resolves to among the note's attendees and the
/// known people, else the surface. Rules producing `requires: known` (capitalised words anywhere)
/// yield only the names that resolve; `lone-word: known-only` does so for one-word surfaces;
/// `handle: true` reads "@JohnMill" as "John Mill". Placeholders, topics, companies and function
/// words are never people. Groups `company`, `role` and `team` give the person's affiliation.
/// A company's `name` is its gazetteer name; a site's the gazetteer name or the `name` group.
public struct EntityInterpreter: MentionInterpreter {
    public var kinds: [String] { ["person", "company", "site"] }
    private let cache = PersonDirectoryCache()

    public init() {}

    public func interpret(_ match: RuleMatch, in context: ExtractionContext) -> [Mention] {
        let lexicons = PersonLexicons(rules: context.rules)
        switch match.rule.kind {
        case "person": return person(match, context, lexicons)
        case "company": return company(match, lexicons)
        default: return site(match, context)
        }
    }

    private func person(_ match: RuleMatch, _ context: ExtractionContext, _ lexicons: PersonLexicons) -> [Mention] {
        let directory = cache.directory(for: context, lexicons: lexicons)
        let range = match.range("name") ?? match.range
        let surface = match.buffer.text(range)
        if match.rule.produced("requires") == "known" {
            return knownNames(in: range, match, directory, lexicons)
        }
        let words = PersonNameKey.words(of: surface)
        if lexicons.isNeverAPerson(surface) || words.contains(where: lexicons.isPlaceholder) { return [] }
        var name = directory.resolve(surface)
        if name == nil && match.rule.produced("handle") == "true" && !surface.contains(" ") {
            let spaced = PersonNameKey.splitCamelCase(surface)
            name = directory.resolve(spaced) ?? (spaced == surface ? nil : spaced)
        }
        if name == nil && words.count == 1 && match.rule.produced("lone-word") == "known-only" { return [] }
        var mention = match.mention(span: range)
        mention.name = name ?? surface
        if let company = match.group("company") {
            mention.company = lexicons.companyName(company) ?? company
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

    /// The attendees and known people named in a run of capitalised words: the longest run of words
    /// that resolves, scanning left to right. A lone ambiguous word ("Will", "May") is never enough,
    /// and function words, months, companies and topics never are a person.
    private func knownNames(in range: Range<Int>, _ match: RuleMatch, _ directory: PersonDirectory,
                            _ lexicons: PersonLexicons) -> [Mention] {
        let buffer = match.buffer
        var words: [Range<Int>] = []
        var start = range.lowerBound
        for offset in range.lowerBound...range.upperBound where offset == range.upperBound || buffer.bytes[offset] == 0x20 {
            if offset > start { words.append(start..<offset) }
            start = offset + 1
        }
        var mentions: [Mention] = []
        var index = 0
        while index < words.count {
            var found = false
            for length in stride(from: words.count - index, through: 1, by: -1) {
                let span = words[index].lowerBound..<words[index + length - 1].upperBound
                let surface = buffer.text(span)
                guard let name = directory.resolve(surface) else { continue }
                if lexicons.isNeverAPerson(surface) || (length == 1 && lexicons.isAmbiguous(surface)) { continue }
                var mention = match.mention(span: span)
                mention.name = name
                mentions.append(mention)
                index += length
                found = true
                break
            }
            if !found { index += 1 }
        }
        return mentions
    }

    private func company(_ match: RuleMatch, _ lexicons: PersonLexicons) -> [Mention] {
        var mention = match.mention()
        let surface = match.group("name") ?? mention.text
        mention.name = lexicons.companyName(surface) ?? surface
        return [mention]
    }

    private func site(_ match: RuleMatch, _ context: ExtractionContext) -> [Mention] {
        let range = match.range("name") ?? match.range
        var mention = match.mention(span: range)
        let entry = context.rules.lexicon("SITE")?.entry(for: mention.text)
        mention.name = entry?.attribute("name") ?? mention.text
        return [mention]
    }

    private func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces)
    }
}
