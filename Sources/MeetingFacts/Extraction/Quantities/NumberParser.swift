/// Reads the surface of a `(?&NUMBER)` match back into a value, with the lexicons of
/// `rules/numbers.yml`: digits with thousands separators and decimals, unicode fractions,
/// multipliers (k K M B bn mm, million…), numbers in words ("twenty-four", "two hundred"),
/// set phrases ("a dozen", "half an", "a couple of", also scaled: "half a million") and
/// "and a half" tails.
/// Word lists live in the rule files; this type only combines what they say.
public struct NumberParser: Sendable {
    private let words: Lexicon?
    private let phrases: Lexicon?
    private let scaleWords: Lexicon?
    private let scaleLetters: Lexicon?
    private let fractions: Lexicon?
    private let fractionTails: Lexicon?
    private let denominators: Lexicon?

    public init(rules: RuleSet) {
        words = rules.lexicon("NUMBER_WORD")
        phrases = rules.lexicon("NUMBER_PHRASE")
        scaleWords = rules.lexicon("SCALE_WORD")
        scaleLetters = rules.lexicon("SCALE_LETTER")
        fractions = rules.lexicon("UNICODE_FRACTION")
        fractionTails = rules.lexicon("FRACTION_TAIL")
        denominators = rules.lexicon("FRACTION_DENOMINATOR")
    }

    /// The number a surface stands for, nil when it is not one the grammar knows.
    public func parse(_ surface: some StringProtocol) -> ParsedNumber? {
        let text = collapsedWhiteSpace(String(surface))
        guard !text.isEmpty else { return nil }
        // A minus sign (temperatures): "-5", "− 20".
        if let sign = text.first, sign == "-" || sign == "\u{2212}" {
            guard let magnitude = parse(text.dropFirst()) else { return nil }
            return ParsedNumber(value: -magnitude.value, scale: magnitude.scale)
        }
        if let phrase = phrases?.entry(for: text), let value = phrase.number("value") {
            return ParsedNumber(value: value)
        }
        // "half a million", "a couple thousand": a phrase scaled by its last word.
        if let space = text.lastIndex(of: " "),
           let phrase = phrases?.entry(for: text[..<space]), let value = phrase.number("value"),
           let scale = scaleWords?.entry(for: text[text.index(after: space)...])?.number("factor") {
            return ParsedNumber(value: value * scale, scale: scale)
        }
        // "two thirds", "five-eighths".
        if let split = text.lastIndex(where: { $0 == " " || $0 == "-" }),
           let denominator = denominators?.entry(for: text[text.index(after: split)...])?.number("denominator"),
           let numerator = parse(text[..<split]) {
            return ParsedNumber(value: numerator.value / denominator)
        }
        if let (head, tail) = splitFractionTail(text), let parsed = parse(head) {
            return ParsedNumber(value: parsed.value + tail, scale: parsed.scale)
        }
        if let first = text.unicodeScalars.first, first.properties.numericType != nil || first == "." {
            return parseNumeral(text)
        }
        return parseWords(text)
    }

    private func collapsedWhiteSpace(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{00A0}" }).joined(separator: " ")
    }

    /// "two and a half" → ("two", 0.5).
    private func splitFractionTail(_ text: String) -> (String, Double)? {
        guard let tails = fractionTails else { return nil }
        for entry in tails.entries {
            for form in entry.forms where text.lowercased().hasSuffix(" " + form.lowercased()) {
                guard let value = entry.number("value") else { continue }
                return (String(text.dropLast(form.count + 1)), value)
            }
        }
        return nil
    }

    /// "1,024", "2.5", "2½", "1/4", "10 1/2", "40 million", "1.2B", "5mm".
    private func parseNumeral(_ text: String) -> ParsedNumber? {
        if let slash = parseSlashFraction(text) { return slash }
        var digits = ""
        var fraction = 0.0
        var rest = Substring(text)
        while let character = rest.first {
            if character.isASCII && (character.isNumber || character == ".") {
                digits.append(character)
            } else if character == "," {
                // thousands separator
            } else if let entry = fractions?.entry(for: String(character)), let value = entry.number("value") {
                fraction += value
            } else {
                break
            }
            rest = rest.dropFirst()
        }
        let whole = digits.isEmpty ? 0 : Double(digits)
        guard let whole, !(digits.isEmpty && fraction == 0) else { return nil }
        let value = whole + fraction
        let scaleText = rest.trimmingLeadingWhiteSpace()
        if scaleText.isEmpty { return ParsedNumber(value: value) }
        let scale = (scaleLetters?.entry(for: scaleText) ?? scaleWords?.entry(for: scaleText))?.number("factor")
        guard let scale else { return nil }
        return ParsedNumber(value: value * scale, scale: scale)
    }

    /// "3/4" or "10 1/2", optionally followed by a multiplier ("1/2 million").
    private func parseSlashFraction(_ text: String) -> ParsedNumber? {
        var parts = text.split(separator: " ").map(String.init)
        guard let fractionIndex = parts.firstIndex(where: { $0.contains("/") }), fractionIndex <= 1 else { return nil }
        let pieces = parts[fractionIndex].split(separator: "/")
        guard pieces.count == 2, let numerator = Double(pieces[0]), let denominator = Double(pieces[1]), denominator != 0 else { return nil }
        var value = numerator / denominator
        if fractionIndex == 1 {
            guard let whole = Double(parts[0]) else { return nil }
            value += whole
        }
        parts.removeFirst(fractionIndex + 1)
        guard !parts.isEmpty else { return ParsedNumber(value: value) }
        guard let scale = scaleWords?.entry(for: parts.joined(separator: " "))?.number("factor") else { return nil }
        return ParsedNumber(value: value * scale, scale: scale)
    }

    /// "seven", "twenty-four", "two hundred and five", "three million", "two dozen".
    private func parseWords(_ text: String) -> ParsedNumber? {
        guard let words else { return nil }
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        var total = 0.0
        var current = 0.0
        var sawNumber = false
        var largestScale: Double?
        for token in tokens {
            if token.lowercased() == "and" { continue }
            guard let entry = words.entry(for: token) else { return nil }
            if let value = entry.number("value") {
                // English adds a unit only after a round ten ("twenty-four"); "eight nine years" is a
                // stutter, not seventeen, and is rejected.
                let belowHundred = current.truncatingRemainder(dividingBy: 100)
                let fits = belowHundred == 0 || (value < 10 && belowHundred >= 20 && belowHundred.truncatingRemainder(dividingBy: 10) == 0)
                guard fits else { return nil }
                current += value
                sawNumber = true
            } else if let scale = entry.number("scale") {
                if !sawNumber && current == 0 && total == 0 { current = 1 }
                if scale < 1000 {
                    current *= scale
                } else {
                    total += current * scale
                    current = 0
                }
                largestScale = max(largestScale ?? 0, scale)
                sawNumber = true
            } else {
                return nil
            }
        }
        guard sawNumber else { return nil }
        return ParsedNumber(value: total + current, scale: largestScale.flatMap { $0 >= 1000 ? $0 : nil })
    }
}

private extension Substring {
    func trimmingLeadingWhiteSpace() -> Substring {
        drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" })
    }
}
