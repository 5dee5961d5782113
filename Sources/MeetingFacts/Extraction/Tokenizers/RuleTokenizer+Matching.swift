import PCRE2

extension RuleTokenizer {
    /// Calls `body` with each match in `bytes` that starts at or after `start`, in order, until
    /// it returns false. Bytes before `start` are context (what lookbehinds see), as in a scan.
    public func forEachMatch(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, _ body: (Match) -> Bool) {
        switch self {
        case .capitalisedWords: CapitalisedWordTokenizer(bytes).forEachMatch(from: start, body)
        }
    }

    /// Every match in a Swift string (byte offsets into its UTF-8).
    public func matches(in text: String) -> [Match] {
        var found: [Match] = []
        var text = text
        text.withUTF8 { bytes in
            forEachMatch(in: bytes) { found.append($0); return true }
        }
        return found
    }
}
