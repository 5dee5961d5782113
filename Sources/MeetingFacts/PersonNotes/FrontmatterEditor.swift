import Foundation

/// Edits a note's YAML frontmatter line by line, so key order, comments, quoting and every key
/// the stage does not manage stay exactly as a person left them.
public enum FrontmatterEditor {
    /// The line index of top-level `key:` inside the frontmatter.
    public static func line(of key: String, in note: NoteText) -> Int? {
        guard let end = note.frontmatterEnd else { return nil }
        return (1..<end).first { index in
            let content = note.lines[index].content
            return content.hasPrefix(key + ":")
        }
    }

    /// The value of `key` without quotes or a trailing comment; nil when absent or empty.
    public static func value(of key: String, in note: NoteText) -> String? {
        guard let index = line(of: key, in: note) else { return nil }
        var value = Substring(note.lines[index].content.dropFirst(key.count + 1))
        if let comment = value.range(of: " #") { value = value[..<comment.lowerBound] }
        var text = NoteBlock.trimmed(String(value))
        if text.count >= 2, let first = text.first, first == "'" || first == "\"", text.last == first {
            text = String(text.dropFirst().dropLast())
        }
        return text.isEmpty ? nil : text
    }

    /// Sets a date key: the date inside the existing value is replaced (its quotes and comment kept),
    /// or the key is added, quoted as the shipped template quotes dates.
    public static func setDate(_ key: String, to date: CalendarDate, in note: inout NoteText) {
        guard let index = line(of: key, in: note) else {
            add([key + ": '" + date.iso + "'"], to: &note)
            return
        }
        let content = note.lines[index].content
        if let range = firstISODate(in: content) {
            note.lines[index].content = content.replacingCharacters(in: range, with: date.iso)
        } else {
            note.lines[index].content = key + ": '" + date.iso + "'"
        }
    }

    /// Adds `key: value` when the key is absent or empty-valued and not a list.
    public static func addIfMissing(_ key: String, value: String, in note: inout NoteText) {
        if let index = line(of: key, in: note) {
            guard self.value(of: key, in: note) == nil, !isFollowedByList(index, in: note) else { return }
            note.lines[index].content = key + ": " + YAMLScalar.quotedIfNeeded(value)
            return
        }
        add([key + ": " + YAMLScalar.quotedIfNeeded(value)], to: &note)
    }

    /// Sets `key: value`, replacing the value of the key's line (its comment kept) or adding the
    /// key; a key holding a block list is the person's form and is left alone (returns false).
    @discardableResult
    public static func setValue(_ key: String, to value: String, in note: inout NoteText) -> Bool {
        guard let index = line(of: key, in: note) else {
            add([key + ": " + YAMLScalar.quotedIfNeeded(value)], to: &note)
            return true
        }
        guard !isFollowedByList(index, in: note) else { return false }
        let content = note.lines[index].content
        let comment = content.dropFirst(key.count + 1).range(of: " #").map { String(content[$0.lowerBound...]) } ?? ""
        note.lines[index].content = key + ": " + YAMLScalar.quotedIfNeeded(value) + comment
        return true
    }

    /// Adds `key:` with a block list when the key is absent.
    public static func addListIfMissing(_ key: String, items: [String], in note: inout NoteText) {
        guard !items.isEmpty, line(of: key, in: note) == nil else { return }
        add([key + ":"] + items.map { "- " + YAMLScalar.quotedIfNeeded($0) }, to: &note)
    }

    /// Adds each of `items` missing from the list under `key` at its end (compared as names are:
    /// case and accents aside) — a block list, or a one-line flow list (`key: [a, b]`) kept in its
    /// form; creates the list when the key is absent or empty. A scalar is left alone.
    public static func addListItems(_ key: String, items: [String], in note: inout NoteText) {
        guard !items.isEmpty else { return }
        guard let index = line(of: key, in: note) else {
            addListIfMissing(key, items: items, in: &note)
            return
        }
        if let flow = value(of: key, in: note), flow.hasPrefix("["), flow.hasSuffix("]"), !flow.dropFirst().dropLast().contains(where: { "[]{}".contains($0) }) {
            let body = flow.dropFirst().dropLast()
            let present = Set(body.split(separator: ",").map { PersonNameKey.of(YAMLScalar.unquoted(NoteBlock.trimmed(String($0)))) })
            let missing = items.filter { !present.contains(PersonNameKey.of($0)) }
            guard !missing.isEmpty else { return }
            let listed = NoteBlock.trimmed(String(body)).isEmpty ? [] : [NoteBlock.trimmed(String(body))]
            let content = note.lines[index].content
            let comment = content.dropFirst(key.count + 1).range(of: " #").map { String(content[$0.lowerBound...]) } ?? ""
            note.lines[index].content = key + ": [" + (listed + missing.map { YAMLScalar.quotedIfNeeded($0) }).joined(separator: ", ") + "]" + comment
            return
        }
        guard value(of: key, in: note) == nil, let end = note.frontmatterEnd else { return }
        var last = index
        var present = Set<String>()
        while last + 1 < end, note.lines[last + 1].content.drop(while: { $0 == " " }).hasPrefix("- ") {
            last += 1
            let item = note.lines[last].content.drop(while: { $0 == " " }).dropFirst(2)
            present.insert(PersonNameKey.of(YAMLScalar.unquoted(String(item))))
        }
        let indent = last > index ? String(note.lines[last].content.prefix(while: { $0 == " " })) : ""
        let missing = items.filter { !present.contains(PersonNameKey.of($0)) }
        guard !missing.isEmpty else { return }
        note.insert(missing.map { indent + "- " + YAMLScalar.quotedIfNeeded($0) }, at: last + 1)
    }

    private static func isFollowedByList(_ index: Int, in note: NoteText) -> Bool {
        index + 1 < (note.frontmatterEnd ?? 0) && note.lines[index + 1].content.drop { $0 == " " }.hasPrefix("- ")
    }

    private static func add(_ lines: [String], to note: inout NoteText) {
        if let end = note.frontmatterEnd {
            note.insert(lines, at: end)
        } else {
            note.insert(["---"] + lines + ["---"], at: 0)
        }
    }

    private static func firstISODate(in text: String) -> Range<String.Index>? {
        var start = text.startIndex
        while start < text.endIndex {
            if let end = text.index(start, offsetBy: 10, limitedBy: text.endIndex), CalendarDate(iso: text[start..<end]) != nil {
                return start..<end
            }
            start = text.index(after: start)
        }
        return nil
    }
}
