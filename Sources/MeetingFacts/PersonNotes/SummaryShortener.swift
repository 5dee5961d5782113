/// Cuts a summary for a Recent Context line: white space folded to single spaces, then, when
/// longer than the limit, cut at the last word boundary so that the text and its "…" fit.
public struct SummaryShortener: Sendable {
    public var limit: Int

    public init(limit: Int) { self.limit = limit }

    public func shorten(_ summary: String) -> String {
        let folded = summary.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        guard folded.count > limit else { return folded }
        let room = folded.prefix(max(0, limit - 1))
        var cut = room
        if folded[room.endIndex] != " ", let space = room.lastIndex(of: " ") {
            cut = room[..<space]
        }
        let trimmed = cut.reversed().drop { $0 == " " || ",;:-–—(".contains($0) }.reversed()
        return String(trimmed) + "…"
    }
}
