extension StringProtocol {
    /// The text's lines, split at "\n" with a trailing "\r" removed, so LF and CRLF files read
    /// alike. Splitting on the newline scalar matters: as a Character, "\r\n" is one grapheme
    /// that `split(separator: "\n")` never breaks.
    public func splitLines() -> [Substring] {
        var lines: [Substring] = []
        var start = startIndex
        var index = startIndex
        let scalars = unicodeScalars
        var scalarIndex = scalars.startIndex
        while scalarIndex < scalars.endIndex {
            if scalars[scalarIndex] == "\n" {
                index = scalarIndex
                var end = index
                if end > start, scalars[scalars.index(before: end)] == "\r" { end = scalars.index(before: end) }
                lines.append(self[start..<end].toSubstring())
                start = scalars.index(after: scalarIndex)
            }
            scalarIndex = scalars.index(after: scalarIndex)
        }
        var end = endIndex
        if end > start, scalars[scalars.index(before: end)] == "\r" { end = scalars.index(before: end) }
        lines.append(self[start..<end].toSubstring())
        return lines
    }
}

extension StringProtocol {
    fileprivate func toSubstring() -> Substring { Substring(self) }
}
