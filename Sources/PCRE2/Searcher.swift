import CPCRE2

/// Repeated searches with one pattern over one subject, reusing PCRE2's match data and match
/// context: the anchored engine asks for one match near each of thousands of anchor hits, where
/// allocating both per call would cost more than the match.
///
/// Not shared between threads: each scan makes its own.
public final class Searcher {
    public let pattern: Pattern
    private let matchData: OpaquePointer
    private let context: OpaquePointer
    /// Whether the pattern was compiled with `.useOffsetLimit`, so `startLimit` can be honoured.
    private let canLimitStart: Bool

    public init(_ pattern: Pattern, limits: MatchLimits = .standard) throws(PatternError) {
        guard let matchData = pcre2_match_data_create_from_pattern_8(pattern.code, nil),
              let context = pcre2_match_context_create_8(nil) else {
            throw .match(pattern: pattern.name, code: PCRE2_ERROR_NOMEMORY, message: "no memory for match data")
        }
        self.pattern = pattern
        self.matchData = matchData
        self.context = context
        pcre2_set_match_limit_8(context, limits.match)
        pcre2_set_depth_limit_8(context, limits.depth)
        var options: UInt32 = 0
        pcre2_pattern_info_8(pattern.code, UInt32(PCRE2_INFO_ALLOPTIONS), &options)
        canLimitStart = options & UInt32(PCRE2_USE_OFFSET_LIMIT) != 0
    }

    deinit {
        pcre2_match_context_free_8(context)
        pcre2_match_data_free_8(matchData)
    }

    /// The leftmost match in `subject` that starts at or after `start` and, when `startLimit` is
    /// given, no later than `startLimit` (the subject stays whole, so lookarounds and the match's
    /// end see all of it). `notEmptyAt` refuses an empty match at `start` (the step a full scan
    /// takes after an empty match). The subject must be valid UTF-8.
    public func firstMatch(in subject: UnsafeBufferPointer<UInt8>, from start: Int, startLimit: Int? = nil,
                           notEmptyAtStart: Bool = false) throws(PatternError) -> Match? {
        guard start <= subject.count else { return nil }
        if let startLimit {
            precondition(canLimitStart, "pattern \(pattern.name) was compiled without .useOffsetLimit")
            if startLimit < start { return nil }
        }
        pcre2_set_offset_limit_8(context, startLimit.map { min($0, subject.count) } ?? cpcre2_unset())
        let base = subject.baseAddress ?? UnsafePointer(bitPattern: 1)!
        var options = UInt32(PCRE2_NO_UTF_CHECK)
        if notEmptyAtStart { options |= UInt32(PCRE2_NOTEMPTY_ATSTART) }
        let rc = pcre2_match_8(pattern.code, base, subject.count, start, options, matchData, context)
        if rc == PCRE2_ERROR_NOMATCH { return nil }
        if rc < 0 { throw pattern.error(for: rc) }
        return pattern.readMatch(matchData, pairs: Int(rc))
    }
}
