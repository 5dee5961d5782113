/// How the extractor finds each rule's matches.
public enum ExtractionEngine: String, Sendable, CaseIterable {
    /// One Vectorscan pass finds every rule's anchor hits; PCRE2 confirms each rule only near
    /// its hits (`AnchoredScanner`). Rules without an anchor are scanned whole.
    case anchored
    /// Every rule a full PCRE2 scan of the text: the reference the anchored engine must equal.
    case reference
}
