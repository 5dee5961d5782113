/// A part of a note under one heading, up to the next heading of the same or a higher level.
/// Text before the first heading is a section of its own with level 0 and an empty heading.
public struct NoteSection: Sendable, Equatable {
    /// What a section holds, recognized from its heading's words (rules/reading/note-structure.yml).
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        case summary, keyFacts, outcomes, decisions, actionItems, followUps, risks, openQuestions, transcript, other
    }

    public struct Line: Sendable, Equatable {
        /// 1-based line number in the file.
        public var number: Int
        public var text: String

        public init(number: Int, text: String) {
            self.number = number
            self.text = text
        }
    }

    public var kind: Kind
    /// The heading text without its `#` marks; empty for the text before the first heading.
    public var heading: String
    /// Number of `#` marks; 0 for the text before the first heading.
    public var level: Int
    /// 1-based line of the heading (of the first line for level 0).
    public var headingLine: Int
    /// The lines below the heading, up to the next heading.
    public var lines: [Line]

    public init(kind: Kind, heading: String, level: Int, headingLine: Int, lines: [Line]) {
        self.kind = kind
        self.heading = heading
        self.level = level
        self.headingLine = headingLine
        self.lines = lines
    }

    /// The section's text lines joined, as written.
    public var text: String { lines.map(\.text).joined(separator: "\n") }

    /// The first run of non-blank lines that is prose (not a heading, quote or fence).
    public var firstParagraph: String? {
        var paragraph: [String] = []
        var inFence = false
        for line in lines {
            let trimmed = line.text.trimmingWhitespace()
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); if !paragraph.isEmpty { break }; continue }
            if inFence { continue }
            if trimmed.isEmpty || trimmed == "---" || trimmed.hasPrefix(">") || trimmed.hasPrefix("<!--") {
                if !paragraph.isEmpty { break }
                continue
            }
            paragraph.append(trimmed)
        }
        return paragraph.isEmpty ? nil : paragraph.joined(separator: " ")
    }
}
