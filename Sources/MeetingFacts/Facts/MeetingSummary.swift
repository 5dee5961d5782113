import Foundation

/// The sentence a meeting's Recent Context line shows: the first paragraph of its Summary, else
/// the first real sentence of the note — an action item's words without its owner and dates,
/// links read as their text — never a metadata line (`**Date:** … · **People:** …`), a heading, a
/// callout or template prompt, nor transcript speech. Empty when the note has none.
enum MeetingSummary {
    static func of(_ note: MeetingNote, filter: StatementFilter) -> String {
        if let paragraph = note.sections.first(where: { $0.kind == .summary })?.firstParagraph.map(readable),
           filter.isStatement(paragraph) {
            return paragraph
        }
        var inFence = false
        for section in note.sections where section.kind != .transcript {
            for line in section.lines {
                let trimmed = line.text.trimmingWhitespace()
                if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); continue }
                if inFence || trimmed.isEmpty { continue }
                let text = TaskItem(line: line.text, number: line.number).map(withoutOwners)
                    ?? FactAssembler.bulletText(trimmed) ?? trimmed
                let sentence = readable(text)
                if filter.isStatement(sentence) && StatementFilter.labelValue(sentence) == nil { return sentence }
            }
        }
        return ""
    }

    /// An action item's words: its description without the `@Owner` it names.
    static func withoutOwners(_ task: TaskItem) -> String {
        task.owners.reduce(task.description) { text, owner in text.replacingOccurrences(of: "@" + owner, with: "") }
            .split(separator: " ").joined(separator: " ")
    }

    /// Markdown read as text: `[shown](url)` and `[[target|shown]]` as their shown words, bold and
    /// italic marks dropped.
    static func readable(_ text: String) -> String {
        var result = text.replacingOccurrences(of: #"\[([^\]]*)\]\([^)]*\)"#, with: "$1", options: .regularExpression)
        result = result.replacingOccurrences(of: #"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]"#, with: "$1", options: .regularExpression)
        result = result.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        result = result.replacingOccurrences(of: "@", with: "")
        return result.trimmingWhitespace()
    }
}
