import Foundation

/// Writes a frontmatter value the way a person would: plain when YAML reads it back as the same
/// text, single-quoted otherwise (a name with `: `, a leading `@`, something that looks like a number).
public enum YAMLScalar {
    public static func quotedIfNeeded(_ text: String) -> String {
        needsQuotes(text) ? "'" + text.replacingOccurrences(of: "'", with: "''") + "'" : text
    }

    /// A plain or quoted scalar's text: `'O''Brien'` → `O'Brien`, `"Ann"` → `Ann`.
    public static func unquoted(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 2, let first = trimmed.first, first == "'" || first == "\"", trimmed.last == first else { return trimmed }
        let inner = String(trimmed.dropFirst().dropLast())
        return first == "'" ? inner.replacingOccurrences(of: "''", with: "'") : inner
    }

    static func needsQuotes(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last else { return true }
        if first == " " || last == " " { return true }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) { return true }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return true }
        if text.contains(where: { $0.isNewline || $0 == "\t" }) { return true }
        let lowered = text.lowercased()
        if ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"].contains(lowered) { return true }
        if Double(text) != nil || CalendarDate(iso: text) != nil { return true }
        return false
    }
}
