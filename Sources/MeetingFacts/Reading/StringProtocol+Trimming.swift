/// White-space trimming without Foundation, for the reader's line handling.
extension StringProtocol {
    func trimmingWhitespace() -> String {
        trimming { $0.isWhitespace }
    }

    func trimmingTrailingWhitespace() -> String {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return String(self[startIndex..<end])
    }

    func trimming(while isTrimmed: (Character) -> Bool) -> String {
        var start = startIndex, end = endIndex
        while start < end, isTrimmed(self[start]) { start = index(after: start) }
        while end > start, isTrimmed(self[index(before: end)]) { end = index(before: end) }
        return String(self[start..<end])
    }
}
