import PCRE2

/// Code that finds a rule's matches instead of a PCRE2 scan, named by the rule's `tokenizer:` key.
/// A tokenizer stands in for a pattern that matches nearly everywhere (every capitalised word),
/// where scanning bytes in code is many times cheaper than the pattern. It yields the matches a
/// full scan of the rule's pattern yields, with the same named groups, so interpreters cannot
/// tell the two apart; the pattern stays the specification, and tests compare the two.
public enum RuleTokenizer: String, Sendable, CaseIterable {
    /// Runs of up to five capitalised name words (`person.known`): see `CapitalisedWordTokenizer`.
    case capitalisedWords = "capitalised-words"

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
