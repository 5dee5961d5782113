/// Cuts a summary for a Recent Context line: list and task markers at line starts dropped
/// (a summary that is a list reads as one line), white space folded to single spaces, then, when
/// longer than the limit, cut at the last word boundary so that the text and its "…" fit.
public struct SummaryShortener: Sendable {
    public var limit: Int

    public init(limit: Int) { self.limit = limit }

    public func shorten(_ summary: String) -> String {
        let folded = summary.split(whereSeparator: \.isNewline)
            .map { SummaryShortener.withoutListMarker(NoteBlock.trimmed(String($0))) }
            .joined(separator: " ")
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard folded.count > limit else { return folded }
        let room = folded.prefix(max(0, limit - 1))
        var cut = room
        if folded[room.endIndex] != " ", let space = room.lastIndex(of: " ") {
            cut = room[..<space]
        }
        let trimmed = cut.reversed().drop { $0 == " " || ",;:-–—(".contains($0) }.reversed()
        return String(trimmed) + "…"
    }

    /// A line without its leading `- `, `* `, `+ ` or `1. ` and task box (`[ ] `, `[x] `).
    static func withoutListMarker(_ line: String) -> String {
        var rest = Substring(line)
        for marker in ["- ", "* ", "+ "] where rest.hasPrefix(marker) {
            rest = rest.dropFirst(marker.count)
            break
        }
        let digits = rest.prefix { $0.isNumber }
        if !digits.isEmpty, rest.dropFirst(digits.count).hasPrefix(". ") { rest = rest.dropFirst(digits.count + 2) }
        for box in ["[ ] ", "[x] ", "[X] "] where rest.hasPrefix(box) {
            rest = rest.dropFirst(box.count)
            break
        }
        return String(rest)
    }
}
