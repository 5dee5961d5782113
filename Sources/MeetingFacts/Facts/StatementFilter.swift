import Foundation

/// What is no fact however it is written: a metadata line (`**Date:** 2025-10-28`,
/// `**Attendees:** …`), a heading, a callout or template prompt, a line that is only a link, a date
/// or a bold label, anything under four words — and in speech, the fillers people say. The words
/// are `rules/facts.yml` settings.
public struct StatementFilter: Sendable {
    public var minimumWords: Int
    /// Fillers dropped from a quoted turn ("um", "you know").
    public var fillers: [[String]]
    /// Words that only say when something was said ("today", "now"): no dated event by themselves.
    public var speechTimeWords: Set<String>

    public init(rules: RuleSet) {
        minimumWords = Int(rules.number(setting: "facts.minimum-words", default: 4))
        fillers = (rules.lexicon("FACT_FILLER")?.entries.flatMap(\.forms) ?? ["um", "uh", "you know", "I mean"])
            .map { $0.lowercased().split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }
        speechTimeWords = Set((rules.lexicon("FACT_SPEECH_TIME")?.entries.flatMap(\.forms) ?? ["today", "now"]).map { $0.lowercased() })
    }

    /// Whether `text` (a bullet's or a sentence's text, list marker removed) may be a fact.
    public func isStatement(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace()
        if trimmed.hasPrefix("#") || trimmed.hasPrefix(">") || trimmed.hasPrefix("|") || trimmed.hasPrefix("<!--") { return false }
        // `_How do you work with this person?_`: a template's prompt, italic from end to end.
        if trimmed.count > 2, let first = trimmed.first, (first == "_" || first == "*"), trimmed.last == first,
           !trimmed.dropFirst().dropLast().contains(first) { return false }
        if let label = StatementFilter.labelValue(trimmed) {
            // `**Date:** 2025-10-22 · **People:** [[Sam]] · **Customer:** [[OpenAI]]`: fields, not a sentence.
            if words(in: label).count < minimumWords || label.range(of: #"\*\*[^*]{1,30}:\*\*"#, options: .regularExpression) != nil {
                return false
            }
        }
        return words(in: trimmed).count >= minimumWords
    }

    /// The words a statement says once links, dates, times and markup are set aside.
    func words(in text: String) -> [Substring] {
        var plain = text
        // `[[target|shown]]` reads as its shown text; a bare link says nothing.
        while let open = plain.range(of: "[["), let close = plain.range(of: "]]", range: open.upperBound..<plain.endIndex) {
            let inside = plain[open.upperBound..<close.lowerBound]
            let shown = inside.split(separator: "|").last.map(String.init) ?? ""
            plain.replaceSubrange(open.lowerBound..<close.upperBound, with: CalendarDate(iso: shown.prefix(10)) == nil ? shown : "")
        }
        return plain.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" })
            .filter { word in word.contains(where: \.isLetter) && CalendarDate(iso: word) == nil && !(word.count <= 2 && word.allSatisfy(\.isNumber)) }
    }

    /// The value of a `**Label:** value` or `Label: value` metadata line (label of up to three words).
    static func labelValue(_ text: String) -> String? {
        var rest = Substring(text)
        let bold = rest.hasPrefix("**")
        if bold { rest = rest.dropFirst(2) }
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        var label = rest[..<colon]
        var value = rest[rest.index(after: colon)...]
        if bold {
            if label.hasSuffix("**") { label = label.dropLast(2) } else if value.hasPrefix("**") { value = value.dropFirst(2) } else { return nil }
        }
        let labelWords = label.split(separator: " ")
        guard !labelWords.isEmpty, labelWords.count <= 3, labelWords.allSatisfy({ $0.first?.isLetter == true }),
              bold || labelWords.first?.first?.isUppercase == true else { return nil }
        return String(value)
    }

    /// A turn's sentence with its fillers and stutters ("the the") removed.
    public func withoutFillers(_ sentence: String) -> String {
        let words = sentence.split(separator: " ").map(String.init)
        // Each word lower-cased without its punctuation, once: every filler is compared with it.
        let bares = words.map(StatementFilter.bare)
        var kept: [String] = []
        var lastKeptBare: String?
        var index = 0
        while index < words.count {
            let bare = bares[index]
            if let filler = fillers.first(where: { filler in
                index + filler.count <= words.count && zip(filler, bares[index..<(index + filler.count)]).allSatisfy { $0 == $1 }
            }) {
                index += filler.count
                continue
            }
            if let last = lastKeptBare, last == bare, !bare.isEmpty {
                index += 1
                continue
            }
            kept.append(words[index])
            lastKeptBare = bare
            index += 1
        }
        var text = kept.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,;-–—"))
        if let first = text.first, first.isLowercase { text = first.uppercased() + text.dropFirst() }
        return text
    }

    /// A word lower-cased, without the punctuation at either end ("Um," → "um"). An ASCII word is
    /// trimmed on its bytes (`ASCIIPunctuation`), any other through Foundation's punctuation set.
    static func bare(_ word: String) -> String {
        var lowered = word.lowercased()
        if let trimmed = ASCIIPunctuation.trimmed(&lowered) { return trimmed }
        return lowered.trimmingCharacters(in: .punctuationCharacters)
    }
}
