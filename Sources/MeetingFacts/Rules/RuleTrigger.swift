import PCRE2

/// A cheap pattern that must match near where a rule can match, so the rule scans only windows
/// of text around the trigger's matches instead of the whole note. A quantity needs a digit or a
/// number word close by; most of a transcript has neither. Set per rule file (`trigger:`) or rule.
public struct RuleTrigger: Sendable {
    /// Identifies the trigger: rules sharing it share one scan per text.
    public var key: String
    public var pattern: Pattern
    /// Bytes before a trigger match that a rule match may start at (bounded by the line start).
    public var before: Int
    /// Bytes after a trigger match that a rule match may end at (bounded by the line end).
    public var after: Int

    /// The windows of `buffer` a rule with this trigger scans: around every trigger match, within
    /// its line, merged where they touch.
    func windows(in buffer: TextBuffer, bytes: UnsafeBufferPointer<UInt8>) throws(PatternError) -> [Range<Int>] {
        var windows: [Range<Int>] = []
        try pattern.forEachMatch(in: bytes) { match in
            let line = buffer.line(at: match.range.lowerBound)
            let lineRange = buffer.range(ofLine: line)
            let start = max(lineRange.lowerBound, match.range.lowerBound - before)
            let end = max(start, min(max(lineRange.upperBound, match.range.upperBound), match.range.upperBound + after))
            if let last = windows.last, start <= last.upperBound {
                windows[windows.count - 1] = last.lowerBound..<max(last.upperBound, end)
            } else {
                windows.append(start..<end)
            }
            return true
        }
        return windows
    }
}
