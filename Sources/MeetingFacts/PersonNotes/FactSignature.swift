import Foundation

/// What a fact says, reduced for comparison: its numbers and dates (as values, so "400k" and
/// "400,000" agree), the named things in it (capitalised words), and its content words, crudely
/// stemmed so "targets"/"target" and "inference"/"inferencing" agree.
public struct FactSignature: Sendable, Equatable {
    public var numbers: Set<String>
    public var entities: Set<String>
    public var words: Set<String>

    public init(_ text: String, stopwords: Set<String>, numberSuffixes: [String: Double]) {
        var numbers: Set<String> = []
        var entities: Set<String> = []
        var words: Set<String> = []
        for token in FactSignature.tokens(of: text) {
            if let first = token.first, first.isNumber {
                let digits = token.prefix { $0.isNumber || $0 == "." || $0 == "," }
                let suffix = String(token.dropFirst(digits.count))
                guard var value = Double(digits.replacingOccurrences(of: ",", with: "")) else { continue }
                if let multiplier = numberSuffixes[suffix] {
                    value *= multiplier
                } else if !suffix.isEmpty, !stopwords.contains(suffix.lowercased()) {
                    words.insert(FactSignature.stem(suffix.lowercased()))
                }
                numbers.insert(ExampleValue.number(value).stringValue)
                continue
            }
            let lowered = token.lowercased()
            guard !stopwords.contains(lowered) else { continue }
            let stemmed = FactSignature.stem(lowered)
            guard stemmed.count >= 2 || token.contains(where: \.isNumber) else { continue }
            words.insert(stemmed)
            if token.first?.isUppercase == true { entities.insert(stemmed) }
        }
        self.numbers = numbers
        self.entities = entities
        self.words = words
    }

    /// Runs of letters and digits; `,` and `.` stay inside a number ("1,000", "2.5").
    static func tokens(of text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiTokens(of: text) }
        var tokens: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if (character == "," || character == "."), current.last?.isNumber == true,
                      index + 1 < characters.count, characters[index + 1].isNumber {
                current.append(character)
            } else if !current.isEmpty {
                tokens.append(current)
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    /// `tokens(of:)` for ASCII text, by bytes: each character is one byte there (but "\r\n", one
    /// character, which is no letter, digit, "," or "." either way), so no grapheme breaking is
    /// needed. Every fact of every merge is tokenized, each line of Key Facts too.
    private static func asciiTokens(of text: String) -> [String] {
        var tokens: [String] = []
        let bytes = Array(text.utf8)
        func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        func isLetterOrDigit(_ byte: UInt8) -> Bool { isDigit(byte) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) }
        var start: Int?
        for (index, byte) in bytes.enumerated() {
            if isLetterOrDigit(byte) {
                if start == nil { start = index }
            } else if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "."), start != nil, isDigit(bytes[index - 1]),
                      index + 1 < bytes.count, isDigit(bytes[index + 1]) {
                continue
            } else if let first = start {
                tokens.append(String(decoding: bytes[first..<index], as: UTF8.self))
                start = nil
            }
        }
        if let first = start { tokens.append(String(decoding: bytes[first...], as: UTF8.self)) }
        return tokens
    }

    /// Drops one common English ending, keeping at least three letters.
    static func stem(_ word: String) -> String {
        for ending in ["ing", "ies", "es", "ed", "s", "e"] where word.hasSuffix(ending) && word.count - ending.count >= 3 {
            return String(word.dropLast(ending.count))
        }
        return word
    }
}
