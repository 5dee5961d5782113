/// Code that finds a rule's matches instead of a PCRE2 scan, named by the rule's `tokenizer:` key.
/// A tokenizer stands in for a pattern that matches nearly everywhere (every capitalised word),
/// where scanning bytes in code is cheaper than the pattern. It yields the matches a full scan of
/// the rule's pattern yields, with the same named groups, so interpreters cannot tell the two
/// apart; the pattern stays the specification, and tests compare the two. The matching itself is
/// in Extraction/Tokenizers (`RuleTokenizer+Matching`).
public enum RuleTokenizer: String, Sendable, CaseIterable {
    /// Runs of up to five capitalised name words (`person.known`): see `CapitalisedWordTokenizer`.
    case capitalisedWords = "capitalised-words"
}
