/// A part of a note the stage writes into: the lines after an anchor — a `## Heading` or a
/// `**Label**:` line — up to the next level-1 or level-2 heading, the footer rule `---`, or (for a
/// label) the next label. Headings inside fenced code do not count.
public struct NoteBlock: Sendable, Equatable {
    /// Index of the anchor line.
    public var anchor: Int
    /// Index of the first line after the block.
    public var end: Int

    public var body: Range<Int> { (anchor + 1)..<end }

    /// The `## title` block (title compared without case), searching `range` or the whole note.
    /// `footer`: the prefix of the footer line (`*Last updated:`), which ends a block as the rule
    /// above it does — a note whose rule was edited away otherwise has the footer, and whatever
    /// follows it, in its last section (found by `make fuzz`).
    public static func heading(_ title: String, in note: NoteText, within range: Range<Int>? = nil,
                               footer: String? = nil) -> NoteBlock? {
        let fenced = note.fencedLines()
        let searched = range ?? 0..<note.lines.count
        let wanted = title.lowercased()
        guard let anchor = searched.first(where: { index in
            guard let level = headingLevel(note.lines[index].content), level == 2, !fenced.contains(index) else { return false }
            return headingTitle(note.lines[index].content).lowercased() == wanted
        }) else { return nil }
        return NoteBlock(anchor: anchor, end: blockEnd(after: anchor, in: note, fenced: fenced, stopAtLabels: false, footer: footer))
    }

    /// The block of the `label` line (for example `**Background**:`) inside `range`.
    public static func label(_ label: String, in note: NoteText, within range: Range<Int>) -> NoteBlock? {
        let fenced = note.fencedLines()
        guard let anchor = range.first(where: { trimmed(note.lines[$0].content) == label && !fenced.contains($0) }) else { return nil }
        return NoteBlock(anchor: anchor, end: min(range.upperBound, blockEnd(after: anchor, in: note, fenced: fenced, stopAtLabels: true)))
    }

    /// Where lines appended to the block go: after its last non-blank line, or after the anchor —
    /// never inside a code fence left open, where they would read as code.
    public func lastContentLine(in note: NoteText) -> Int? {
        let stop = note.fenceOpening(before: note.lines.count) ?? note.lines.count
        return body.last { $0 < stop && !NoteBlock.trimmed(note.lines[$0].content).isEmpty }
    }

    /// Appends lines at the end of the block's content, keeping one blank line around the list.
    public func append(_ added: [String], to note: inout NoteText) {
        guard !added.isEmpty else { return }
        if let last = lastContentLine(in: note) {
            note.insert(added, at: last + 1)
            let after = last + 1 + added.count
            if after < note.lines.count, !NoteBlock.trimmed(note.lines[after].content).isEmpty {
                note.insert([""], at: after)
            }
        } else {
            note.insert([""] + added, at: anchor + 1)
            let after = anchor + 2 + added.count
            if after < note.lines.count, !NoteBlock.trimmed(note.lines[after].content).isEmpty {
                note.insert([""], at: after)
            }
        }
    }

    static func headingLevel(_ line: String) -> Int? {
        // A line starting with another byte is no heading; the merge asks this of every line.
        guard line.utf8.first == UInt8(ascii: "#") else { return nil }
        let hashes = line.prefix { $0 == "#" }.count
        guard hashes > 0, hashes <= 6 else { return nil }
        let rest = line.dropFirst(hashes)
        return rest.isEmpty || rest.first == " " ? hashes : nil
    }

    static func headingTitle(_ line: String) -> String {
        trimmed(String(line.drop { $0 == "#" }))
    }

    static func isLabel(_ line: String) -> Bool {
        let text = trimmed(line)
        return text.hasPrefix("**") && text.dropFirst(2).contains("**:")
    }

    /// `text` without leading and trailing spaces and tabs. Works on UTF-8 bytes: both are ASCII,
    /// and this runs for every line of every note a run merges.
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        guard let first = utf8.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }),
              let last = utf8.lastIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return "" }
        if first == utf8.startIndex && utf8.index(after: last) == utf8.endIndex { return text }
        return String(text[first..<utf8.index(after: last)])
    }

    private static func blockEnd(after anchor: Int, in note: NoteText, fenced: FencedLines, stopAtLabels: Bool,
                                 footer: String? = nil) -> Int {
        var index = anchor + 1
        while index < note.lines.count {
            let line = note.lines[index].content
            let ends = (headingLevel(line).map { $0 <= 2 } ?? false) || trimmed(line) == "---"
                || (footer.map { line.hasPrefix($0) } ?? false) || (stopAtLabels && isLabel(line))
            // Inside a code block nothing ends the block (asked last: the line rarely ends it).
            if ends && !fenced.contains(index) { break }
            index += 1
        }
        return index
    }
}
