import Foundation

/// An Obsidian Tasks item: `- [ ] text @Owner 📅 2025-11-07 ⏫` with its checkbox state, owners,
/// dates, priority and `[key:: value]` inline fields. The Tasks plugin's emoji signifiers are a
/// fixed file format, not language, so they are spelled here rather than in `rules/`.
public struct TaskItem: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
        case open, done, cancelled, inProgress
        /// Any other checkbox character, kept as written.
        case other(Character)
    }

    public enum Priority: String, Sendable, Equatable {
        case highest, high, medium, low, lowest
    }

    /// 1-based line in the file.
    public var line: Int
    public var status: Status
    /// Everything after the checkbox, as written.
    public var text: String
    /// The text without its signifiers, dates and inline fields.
    public var description: String
    /// Names after `@`, multi-word ones included (`@Kushal Datta`, `@VAST Data (Jason Vallery)`).
    public var owners: [String]
    public var due: CalendarDate?
    public var done: CalendarDate?
    public var scheduled: CalendarDate?
    public var start: CalendarDate?
    public var created: CalendarDate?
    public var cancelledOn: CalendarDate?
    public var priority: Priority?
    /// `[key:: value]` and `(key:: value)` fields, keys lowercased.
    public var fields: [String: String]

    public var isCompleted: Bool { status == .done }

    nonisolated(unsafe) private static let dateSignifiers: [Character: WritableKeyPath<TaskItem, CalendarDate?>] = [
        "📅": \.due, "✅": \.done, "⏳": \.scheduled, "🛫": \.start, "➕": \.created, "❌": \.cancelledOn,
    ]
    private static let prioritySignifiers: [Character: Priority] = [
        "🔺": .highest, "⏫": .high, "🔼": .medium, "🔽": .low, "⏬": .lowest,
    ]
    /// Fields the Tasks plugin also accepts in Dataview form, by field name.
    nonisolated(unsafe) private static let dateFields: [String: WritableKeyPath<TaskItem, CalendarDate?>] = [
        "due": \.due, "completion": \.done, "done": \.done, "scheduled": \.scheduled,
        "start": \.start, "created": \.created, "cancelled": \.cancelledOn,
    ]
    private static let connectorWords: Set<String> = ["and", "or", "&", "/", "+", "-", "with"]

    /// The task on a line such as `- [x] text`, `* [ ] text` or `1. [/] text`; nil for any other line.
    public init?(line text: some StringProtocol, number: Int) {
        var rest = Substring(text).drop(while: { $0 == " " || $0 == "\t" || $0 == ">" })
        if let marker = rest.first, "-*+".contains(marker) {
            rest = rest.dropFirst()
        } else {
            let digits = rest.prefix(while: \.isNumber)
            guard !digits.isEmpty, rest.dropFirst(digits.count).first == "." || rest.dropFirst(digits.count).first == ")" else { return nil }
            rest = rest.dropFirst(digits.count + 1)
        }
        guard rest.first == " " else { return nil }
        rest = rest.drop(while: { $0 == " " })
        guard rest.count >= 3, rest.first == "[", rest.dropFirst(2).first == "]" else { return nil }
        let box = rest[rest.index(after: rest.startIndex)]
        let after = rest.dropFirst(3)
        guard after.isEmpty || after.first == " " else { return nil }
        switch box {
        case " ": status = .open
        case "x", "X": status = .done
        case "-": status = .cancelled
        case "/": status = .inProgress
        default: status = .other(box)
        }
        line = number
        self.text = after.trimmingWhitespace()
        description = ""
        owners = []
        fields = [:]
        readSignifiers()
        owners = TaskItem.owners(in: self.text)
    }

    private mutating func readSignifiers() {
        var kept = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if let keyPath = TaskItem.dateSignifiers[character] {
                let afterEmoji = text[text.index(after: index)...]
                let spaces = afterEmoji.prefix(while: { $0 == " " || $0 == "\u{FE0F}" })
                let candidate = afterEmoji.dropFirst(spaces.count).prefix(10)
                if let date = CalendarDate(iso: candidate) {
                    self[keyPath: keyPath] = date
                    index = candidate.endIndex
                    continue
                }
                index = text.index(after: index)
                continue
            }
            if let level = TaskItem.prioritySignifiers[character] {
                priority = level
                index = text.index(after: index)
                continue
            }
            if character == "[" || character == "(", let field = TaskItem.inlineField(in: text[index...]) {
                fields[field.key] = field.value
                if let keyPath = TaskItem.dateFields[field.key], let date = CalendarDate(iso: field.value.prefix(10)) {
                    self[keyPath: keyPath] = self[keyPath: keyPath] ?? date
                }
                index = field.end
                continue
            }
            if character == "🔁" {
                // A recurrence rule runs to the next signifier; it is not part of the description.
                var end = text.index(after: index)
                while end < text.endIndex, !TaskItem.isSignifier(text[end]) { end = text.index(after: end) }
                fields["repeat"] = text[text.index(after: index)..<end].trimmingWhitespace()
                index = end
                continue
            }
            kept.append(character)
            index = text.index(after: index)
        }
        description = kept.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    private static func isSignifier(_ character: Character) -> Bool {
        dateSignifiers[character] != nil || prioritySignifiers[character] != nil || character == "🔁"
    }

    /// `[key:: value]` or `(key:: value)` at the start of `text`.
    private static func inlineField(in text: Substring) -> (key: String, value: String, end: String.Index)? {
        guard let open = text.first else { return nil }
        let close: Character = open == "[" ? "]" : ")"
        guard let closeIndex = text.dropFirst().firstIndex(of: close) else { return nil }
        let inside = text[text.index(after: text.startIndex)..<closeIndex]
        guard let separator = inside.range(of: "::") else { return nil }
        let key = inside[..<separator.lowerBound].trimmingWhitespace().lowercased()
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == " " }) else { return nil }
        let value = inside[separator.upperBound...].trimmingWhitespace()
        return (key, value, text.index(after: closeIndex))
    }

    /// Owners written `@Name`. An owner runs to the next signifier, `@`, comma or field; a short
    /// run (up to four words, a parenthesis counting as part of the word before it) is the owner
    /// as written — `@VAST Protocols team` —, a longer one is a sentence and only its leading
    /// capitalised words are the name — `@Kushal Datta to send the deck` → "Kushal Datta".
    static func owners(in text: String) -> [String] {
        var owners: [String] = []
        var index = text.startIndex
        while let at = text[index...].firstIndex(of: "@") {
            index = text.index(after: at)
            let before = at == text.startIndex ? " " : text[text.index(before: at)]
            guard before.isWhitespace || before == "(" || before == ",", let first = text[index...].first, first.isLetter else { continue }
            var run = ""
            var depth = 0
            var cursor = index
            while cursor < text.endIndex {
                let character = text[cursor]
                if depth == 0 && (character == "@" || character == "," || character == ";" || character == "[" || isSignifier(character) || isEmoji(character)) { break }
                if character == "(" { depth += 1 }
                if character == ")" { depth -= 1; if depth < 0 { break } }
                run.append(character)
                cursor = text.index(after: cursor)
            }
            index = cursor
            if let name = ownerName(from: run) { owners.append(name) }
        }
        return owners
    }

    private static func ownerName(from run: String) -> String? {
        var words = wordsKeepingParentheses(run)
        while let last = words.last, connectorWords.contains(last.lowercased()) || last.allSatisfy({ $0.isPunctuation || $0.isSymbol }) {
            words.removeLast()
        }
        if words.count > 4 {
            words = Array(words.prefix { $0.first?.isUppercase == true || $0.first == "(" })
        }
        var name = words.joined(separator: " ")
        while let last = name.last, ".:!?-–—".contains(last) { name.removeLast() }
        name = name.trimmingWhitespace()
        return name.isEmpty ? nil : name
    }

    /// Space-separated words, except that a parenthesised group stays one word.
    private static func wordsKeepingParentheses(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var depth = 0
        for character in text {
            if character == "(" { depth += 1 }
            if character == ")" { depth = max(0, depth - 1) }
            if character.isWhitespace && depth == 0 {
                if !current.isEmpty { words.append(current); current = "" }
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private static func isEmoji(_ character: Character) -> Bool {
        character.unicodeScalars.contains { $0.properties.isEmojiPresentation }
    }
}
