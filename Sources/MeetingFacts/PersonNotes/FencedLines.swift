/// The lines of a note inside fenced code blocks, the fences included (`NoteText.fencedLines`),
/// where `## ` is no heading and a list line no fact. A flag a line, and none at all for the
/// usual note without a fence: the merge asks for them each time it looks for a section.
public struct FencedLines: Sendable, Equatable {
    private var flags: [Bool]

    /// No line fenced.
    public init() { flags = [] }

    /// Marks line `index` (a note has at most `count` lines) as inside a fence.
    mutating func insert(_ index: Int, count: Int) {
        if flags.isEmpty { flags = Array(repeating: false, count: count) }
        flags[index] = true
    }

    public func contains(_ index: Int) -> Bool { index >= 0 && index < flags.count && flags[index] }
}
