/// The date an anchored expression refers back to: "the day", "the same day" name the last day
/// the text wrote before them ("indexes gained on Friday … the day's volume"), "the entire year" and
/// "the year previous" the last year it wrote ("the fourth quarter of 2005 and … the entire year").
/// Found by running the date rules over the few lines before the expression (in its paragraph);
/// rules that are themselves anchored (`produces.anchor`) are left out, so no search recurses.
struct DateAnchor {
    /// How many lines back, within the paragraph, an anchor may stand.
    static let lineWindow = 3

    /// The last date mention before `range`, nil when there is none in the window.
    static func lastDate(before range: Range<Int>, in context: ExtractionContext, where accept: (Mention) -> Bool) -> Mention? {
        let buffer = context.buffer
        let line = buffer.line(at: range.lowerBound)
        var first = line
        while first > 1 && line - first < lineWindow {
            let previous = buffer.range(ofLine: first - 1)
            if previous.isEmpty || buffer.text(previous).allSatisfy(\.isWhitespace) { break }
            first -= 1
        }
        let start = buffer.range(ofLine: first).lowerBound
        guard start < range.lowerBound else { return nil }
        var rules = context.rules
        rules.rules = rules.rules.filter { ($0.kind == .date || $0.kind == .ignore) && $0.produced("anchor") == nil }
        let earlier = ExtractionContext(text: buffer.text(start..<range.lowerBound), referenceDate: context.referenceDate, rules: rules,
                                        monthFirst: context.monthFirst)
        return Extractor(rules: rules).extract(earlier).mentions.last { $0.kind == .date && $0.start != nil && accept($0) }
    }
}
