/// The date an anchored expression refers back to: "the day", "the same day" name the last day
/// the text wrote before them ("indexes gained on Friday … the day's volume"), "the entire year" and
/// "the year previous" the last year it wrote ("the fourth quarter of 2005 and … the entire year").
/// Found by running the date rules over the few lines before the expression (in its paragraph);
/// rules that are themselves anchored (`produces.anchor`) are left out, so no search recurses.
struct DateAnchor {
    /// How many lines back, within the paragraph, an anchor may stand, and how many bytes.
    static let lineWindow = 3
    static let byteWindow = 800

    /// What an anchor needs in the text before it, checked on bytes before the date rules run:
    /// a four-digit year for `year`, a digit or a month's name or "quarter" for `period`, a digit
    /// or a day's name for `day`.
    enum Need { case year, period, day }

    /// The last date mention before `range`, nil when there is none in the window.
    static func lastDate(before range: Range<Int>, in context: ExtractionContext, needs: Need = .day,
                         where accept: (Mention) -> Bool) -> Mention? {
        let buffer = context.buffer
        let line = buffer.line(at: range.lowerBound)
        var first = line
        while first > 1 && line - first < lineWindow {
            let previous = buffer.range(ofLine: first - 1)
            if previous.isEmpty || buffer.text(previous).allSatisfy(\.isWhitespace) { break }
            first -= 1
        }
        let start = max(buffer.range(ofLine: first).lowerBound, range.lowerBound - byteWindow)
        guard start < range.lowerBound, DateAnchor.mayHold(needs, buffer.bytes[start..<range.lowerBound]) else { return nil }
        var rules = context.rules
        rules.rules = rules.rules.filter { ($0.kind == .date || $0.kind == .ignore) && $0.produced("anchor") == nil }
        let earlier = ExtractionContext(text: buffer.text(start..<range.lowerBound), referenceDate: context.referenceDate, rules: rules,
                                        monthFirst: context.monthFirst)
        return Extractor(rules: rules).extract(earlier).mentions.last { $0.kind == .date && $0.start != nil && accept($0) }
    }

    /// A cheap test on bytes: could this text hold the anchor at all?
    static func mayHold(_ need: Need, _ bytes: ArraySlice<UInt8>) -> Bool {
        var digits = 0
        for byte in bytes {
            if byte >= 0x30 && byte <= 0x39 {
                digits += 1
                if need == .day || digits == 4 { return true }
            } else {
                digits = 0
            }
        }
        guard need != .year else { return false }
        let text = String(decoding: bytes, as: UTF8.self)
        if need == .period {
            return ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "quarter"].contains { text.contains($0) }
        }
        return ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "today", "Today", "yesterday", "Yesterday",
                "tomorrow", "Tomorrow"].contains { text.contains($0) }
    }
}
