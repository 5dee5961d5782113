/// A named word list from a rule file: units, counted items, number words, companies, sites,
/// cue words. Each entry has surface forms and attributes. A lexicon is also a shared
/// sub-pattern of the same name, `(?&NAME)`, matching any of its forms.
public struct Lexicon: Sendable {
    public struct Entry: Sendable {
        public var forms: [String]
        public var attributes: [String: ExampleValue]

        public func attribute(_ key: String) -> String? { attributes[key]?.stringValue }
        public func number(_ key: String) -> Double? {
            switch attributes[key] {
            case let .number(value): return value
            case let .string(text): return Double(text)
            default: return nil
            }
        }
    }

    public var name: String
    public var caseSensitive: Bool
    public var entries: [Entry]
    public var location: SourceLocation
    private var index: [String: Int] = [:]
    /// Entries by their first form: a lexicon whose lines read `Formal: Short, Short` (nicknames)
    /// asks which short forms a formal one has.
    private var headIndex: [String: [Int]] = [:]

    public init(name: String, caseSensitive: Bool, entries: [Entry], location: SourceLocation) {
        self.name = name
        self.caseSensitive = caseSensitive
        self.entries = entries
        self.location = location
        for (position, entry) in entries.enumerated() {
            for form in entry.forms {
                let key = normalizedKey(form)
                if index[key] == nil { index[key] = position }
            }
            if let head = entry.forms.first { headIndex[normalizedKey(head), default: []].append(position) }
        }
    }

    /// The entry one of whose forms is `surface` (white space folded; case folded unless case-sensitive).
    public func entry(for surface: some StringProtocol) -> Entry? {
        if let exact = index[normalizedKey(String(surface))] { return entries[exact] }
        return nil
    }

    public func contains(_ surface: some StringProtocol) -> Bool { entry(for: surface) != nil }

    /// Whether some entry whose first form is `head` lists `form` among its other forms.
    public func lists(_ form: some StringProtocol, under head: some StringProtocol) -> Bool {
        let key = normalizedKey(String(form))
        return (headIndex[normalizedKey(String(head))] ?? []).contains { position in
            entries[position].forms.dropFirst().contains { normalizedKey($0) == key }
        }
    }

    private func normalizedKey(_ form: String) -> String {
        let folded = form.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
        return caseSensitive ? folded : folded.lowercased()
    }

    /// The lexicon as a pattern body: its forms, longest first, literal except that a space
    /// matches any run of white space.
    var patternBody: String {
        let forms = Set(entries.flatMap(\.forms)).sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        let alternatives = forms.map { form in
            form.split(separator: " ", omittingEmptySubsequences: true).map { Lexicon.escape(String($0)) }.joined(separator: "\\s+")
        }
        let body = alternatives.joined(separator: "|")
        return caseSensitive ? "(?:\(body))" : "(?i:\(body))"
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\^$.|?*+()[]{}/#-".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
