import Foundation

/// The form in which two spellings of a name compare equal: case, accents, white space, dash and
/// apostrophe variants folded ("Rosanne Kincaid–Smith" = "rosanne kincaid-smith").
enum PersonNameKey {
    static func of(_ name: some StringProtocol) -> String {
        var text = String(name)
        // Most names are plain ASCII: lower-casing is all the folding they need, done on the bytes.
        if let key = ASCIIWords.key(of: &text) { return key }
        var folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        folded = folded.replacingOccurrences(of: "–", with: "-").replacingOccurrences(of: "—", with: "-")
            .replacingOccurrences(of: "’", with: "'")
        return words(of: folded).joined(separator: " ")
    }

    static func words(of name: some StringProtocol) -> [String] {
        var text = String(name)
        if let words = ASCIIWords.words(of: &text) { return words }
        return text.split(whereSeparator: { (character: Character) in character.isWhitespace }).map(String.init)
    }
}
