/// The structure of a note's body: its sections by heading, its Obsidian Tasks items and its
/// first H1. Headings inside fenced code blocks are text, not headings. A sub-heading whose own
/// words name no kind belongs to the kind of the section it sits in.
struct NoteLayout {
    var sections: [NoteSection] = []
    var tasks: [TaskItem] = []
    var firstH1: String?

    /// `lines` is the whole note; the body starts at index `firstLine` (after the frontmatter).
    init(lines: [Substring], firstLine: Int, headings: Lexicon?) {
        var current = NoteSection(kind: .other, heading: "", level: 0, headingLine: firstLine + 1, lines: [])
        var enclosing: [NoteSection] = []
        var fence: Substring?
        var inTranscriptMarkers = false
        for index in firstLine..<lines.count {
            let text = lines[index]
            let number = index + 1
            let trimmed = text.drop(while: { $0 == " " })
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
            } else if let (level, heading) = NoteLayout.heading(in: text) {
                if !current.lines.isEmpty || current.level > 0 { sections.append(current) }
                enclosing.removeAll { $0.level >= level }
                // The H1 is the note's title ("… Transcription" names the note, not a section kind).
                var kind = level == 1 ? .other : NoteLayout.kind(of: heading, headings: headings)
                if kind == .other, let parent = enclosing.last { kind = parent.kind }
                if kind == .other, inTranscriptMarkers { kind = .transcript }
                current = NoteSection(kind: kind, heading: heading, level: level, headingLine: number, lines: [])
                enclosing.append(current)
                if level == 1, firstH1 == nil { firstH1 = heading }
                continue
            } else if trimmed.hasPrefix("<!--") && trimmed.contains("transcript:start") {
                inTranscriptMarkers = true
            } else if trimmed.hasPrefix("<!--") && trimmed.contains("transcript:end") {
                inTranscriptMarkers = false
            } else if let task = TaskItem(line: text, number: number) {
                tasks.append(task)
            }
            current.lines.append(NoteSection.Line(number: number, text: String(text)))
        }
        if !current.lines.isEmpty || current.level > 0 { sections.append(current) }
        sections.removeAll { $0.level == 0 && $0.lines.allSatisfy { $0.text.trimmingWhitespace().isEmpty } }
    }

    /// `## Heading` (one to six marks, a space, text; trailing marks dropped).
    static func heading(in line: Substring) -> (Int, String)? {
        let marks = line.prefix(while: { $0 == "#" })
        guard (1...6).contains(marks.count), line.dropFirst(marks.count).first == " " else { return nil }
        var text = line.dropFirst(marks.count).trimmingWhitespace()
        while text.hasSuffix("#") { text.removeLast() }
        text = text.trimmingWhitespace()
        return text.isEmpty ? nil : (marks.count, text)
    }

    /// The kind whose cue the heading contains, in lexicon order; `.other` when none does.
    static func kind(of heading: String, headings: Lexicon?) -> NoteSection.Kind {
        guard let headings else { return .other }
        let lowered = heading.lowercased()
        for entry in headings.entries where entry.forms.contains(where: { lowered.contains($0.lowercased()) }) {
            if let name = entry.attribute("section"), let kind = NoteSection.Kind(rawValue: name) { return kind }
        }
        return .other
    }
}
