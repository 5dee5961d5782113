/// One mention as a human annotator wrote it in a gold sidecar: kind, exact surface, 1-based line,
/// and the normalized keys of the `extract --json` contract. The byte span is not written by hand;
/// it is found from the line and the surface (`occurrence` picks among repeats on one line). Gold
/// of a note we may not copy gives `columns` instead of the surface: UTF-8 byte offsets within the
/// line, `[start, end)`.
public struct GoldMention: Sendable, Equatable, Codable, MentionValuesHolder {
    public var kind: MentionKind
    /// The exact surface; absent when `columns` place the mention.
    public var text: String?
    public var line: Int
    /// `[startByte, endByte)` within the line, 0-based: the place of a mention without a surface.
    public var columns: [Int]?
    /// Which appearance of `text` on `line` is meant, 1-based; the first when absent.
    public var occurrence: Int?
    /// The normalized keys, written flat beside the others as in the contract.
    public var normalized = MentionValues()

    public init(kind: MentionKind, text: String, line: Int, occurrence: Int? = nil) {
        self.kind = kind
        self.text = text
        self.line = line
        self.occurrence = occurrence
    }

    /// The gold file's keys besides the normalized ones.
    private struct Place: Codable {
        var kind: MentionKind
        var text: String?
        var line: Int
        var columns: [Int]?
        var occurrence: Int?
    }

    /// One flat object, as the contract's: the normalized keys beside the others.
    public init(from decoder: any Decoder) throws {
        let place = try Place(from: decoder)
        self.init(kind: place.kind, text: "", line: place.line, occurrence: place.occurrence)
        text = place.text
        columns = place.columns
        normalized = try MentionValues(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        try Place(kind: kind, text: text, line: line, columns: columns, occurrence: occurrence).encode(to: encoder)
        try normalized.encode(to: encoder)
    }

    /// The mention this annotation denotes in `buffer`, nil when the surface is not on that line
    /// (or the columns fall outside it, or do not hold the surface given with them).
    public func mention(in buffer: TextBuffer) -> Mention? {
        let range: Range<Int>
        if let columns {
            guard columns.count == 2, line >= 1, line <= buffer.lineStarts.count else { return nil }
            let lineRange = buffer.range(ofLine: line)
            let start = lineRange.lowerBound + columns[0], end = lineRange.lowerBound + columns[1]
            guard columns[0] >= 0, start < end, end <= lineRange.upperBound else { return nil }
            range = start..<end
            if let text, buffer.text(range) != text { return nil }
        } else {
            guard let text, let found = GoldMention.byteRange(of: text, line: line, occurrence: occurrence ?? 1, in: buffer) else { return nil }
            range = found
        }
        var mention = Mention(kind: kind, text: buffer.text(range), line: line, span: range)
        mention.normalized = normalized
        return mention
    }

    /// Byte range of the `occurrence`-th appearance of `surface` within 1-based `line` of `buffer`.
    static func byteRange(of surface: String, line: Int, occurrence: Int, in buffer: TextBuffer) -> Range<Int>? {
        let needle = Array(surface.utf8)
        guard !needle.isEmpty, line >= 1, line <= buffer.lineStarts.count, occurrence >= 1 else { return nil }
        let lineRange = buffer.range(ofLine: line)
        var seen = 0
        var index = lineRange.lowerBound
        while index + needle.count <= lineRange.upperBound {
            if buffer.bytes[index..<(index + needle.count)].elementsEqual(needle) {
                seen += 1
                if seen == occurrence { return index..<(index + needle.count) }
            }
            index += 1
        }
        return nil
    }
}
