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
        if let key = Lexicon.asciiKey(form, foldingCase: !caseSensitive) { return key }
        let folded = form.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
        return caseSensitive ? folded : folded.lowercased()
    }

    /// The key of a plain ASCII surface with single spaces between its words (nearly every
    /// lookup) read off its bytes: what the folding by Characters gives, without forming them.
    /// Nil for anything else (non-ASCII, control characters, spaces at either end or doubled).
    static func asciiKey(_ form: String, foldingCase: Bool) -> String? {
        var form = form
        var upper = false
        let plain = form.withUTF8 { bytes -> Bool in
            guard let first = bytes.first, first != 0x20, bytes[bytes.count - 1] != 0x20 else { return false }
            var previous: UInt8 = 0
            for byte in bytes {
                if byte >= 0x80 || byte < 0x20 || (byte == 0x20 && previous == 0x20) { return false }
                if byte >= 0x41 && byte <= 0x5A { upper = true }
                previous = byte
            }
            return true
        }
        guard plain else { return nil }
        guard foldingCase && upper else { return form }
        return form.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (offset, byte) in bytes.enumerated() { buffer[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
                return bytes.count
            }
        }
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
