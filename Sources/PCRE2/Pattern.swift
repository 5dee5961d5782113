import CPCRE2

/// A compiled PCRE2 pattern (UTF and UCP, JIT-compiled when the library can).
///
/// The compiled code is read-only during matching, so one `Pattern` is shared across threads;
/// every call to `matches` makes its own match data and match context.
public final class Pattern: @unchecked Sendable {
    /// The name used in errors: a rule id, or the pattern itself.
    public let name: String
    public let source: String
    /// True when matching runs JIT-compiled machine code.
    public let isJITCompiled: Bool
    /// Named groups to their numbers.
    public let groupNames: [String: Int]
    public let captureCount: Int
    let code: OpaquePointer

    public struct Options: OptionSet, Sendable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        public static let caseless = Options(rawValue: UInt32(PCRE2_CASELESS))
        public static let anchored = Options(rawValue: UInt32(PCRE2_ANCHORED))
        public static let multiline = Options(rawValue: UInt32(PCRE2_MULTILINE))
        public static let extended = Options(rawValue: UInt32(PCRE2_EXTENDED))
        /// Lets a `Searcher` bound where a match may start (`pcre2_set_offset_limit`).
        public static let useOffsetLimit = Options(rawValue: UInt32(PCRE2_USE_OFFSET_LIMIT))
    }

    /// Compiles `source`; `jit: false` keeps PCRE2's interpreter (which honours the depth limit).
    public init(_ source: String, name: String? = nil, options: Options = [], jit: Bool = true) throws(PatternError) {
        let name = name ?? source
        self.name = name
        self.source = source
        var errorCode: Int32 = 0
        var errorOffset: Int = 0
        let flags = options.rawValue | UInt32(PCRE2_UTF) | UInt32(PCRE2_UCP)
        let compiled: OpaquePointer? = source.withCString { pointer in
            pointer.withMemoryRebound(to: UInt8.self, capacity: source.utf8.count) { bytes in
                pcre2_compile_8(bytes, source.utf8.count, flags, &errorCode, &errorOffset, nil)
            }
        }
        guard let compiled else {
            throw .compile(pattern: name, message: PCRE2Library.message(for: errorCode), offset: errorOffset)
        }
        code = compiled
        isJITCompiled = jit && PCRE2Library.isJITAvailable
            && pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE)) == 0
        groupNames = Pattern.readGroupNames(compiled)
        var captures: UInt32 = 0
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT), &captures)
        captureCount = Int(captures)
    }

    deinit { pcre2_code_free_8(code) }

    /// Every non-overlapping match in `subject`, left to right, starting at byte `start`.
    public func matches(in subject: UnsafeBufferPointer<UInt8>, from start: Int = 0,
                        limits: MatchLimits = .standard) throws(PatternError) -> [Match] {
        var found: [Match] = []
        try forEachMatch(in: subject, from: start, limits: limits) { found.append($0); return true }
        return found
    }

    /// Every match in a Swift string (byte offsets into its UTF-8).
    public func matches(in subject: String, limits: MatchLimits = .standard) throws(PatternError) -> [Match] {
        var found: [Match] = []
        try forEachMatch(in: subject, limits: limits) { found.append($0); return true }
        return found
    }

    /// The first match in a Swift string, nil when there is none.
    public func firstMatch(in subject: String, limits: MatchLimits = .standard) throws(PatternError) -> Match? {
        var first: Match?
        try forEachMatch(in: subject, limits: limits) { first = $0; return false }
        return first
    }

    /// `forEachMatch` over a Swift string's UTF-8.
    public func forEachMatch(in subject: String, limits: MatchLimits = .standard,
                             _ body: (Match) -> Bool) throws(PatternError) {
        var text = subject
        var outcome: Result<Void, PatternError> = .success(())
        text.withUTF8 { buffer in
            outcome = Result { () throws(PatternError) in try forEachMatch(in: buffer, limits: limits, body) }
        }
        try outcome.get()
    }

    /// Calls `body` for each match until it returns false. The subject must be valid UTF-8
    /// (a Swift string's bytes are), so PCRE2 skips its per-call UTF check.
    public func forEachMatch(in subject: UnsafeBufferPointer<UInt8>, from start: Int = 0,
                             limits: MatchLimits = .standard,
                             _ body: (Match) -> Bool) throws(PatternError) {
        guard let matchData = pcre2_match_data_create_from_pattern_8(code, nil) else {
            throw .match(pattern: name, code: PCRE2_ERROR_NOMEMORY, message: "no memory for match data")
        }
        defer { pcre2_match_data_free_8(matchData) }
        let context = pcre2_match_context_create_8(nil)
        defer { pcre2_match_context_free_8(context) }
        pcre2_set_match_limit_8(context, limits.match)
        pcre2_set_depth_limit_8(context, limits.depth)
        let base = subject.baseAddress ?? UnsafePointer(bitPattern: 1)!
        let length = subject.count
        var offset = start
        var options = UInt32(PCRE2_NO_UTF_CHECK)
        while offset <= length {
            let rc = pcre2_match_8(code, base, length, offset, options, matchData, context)
            if rc == PCRE2_ERROR_NOMATCH {
                if options & UInt32(PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED) != 0 {
                    // An empty match was found here before: step one character and go on.
                    options = UInt32(PCRE2_NO_UTF_CHECK)
                    offset = Pattern.nextCharacter(after: offset, in: subject)
                    continue
                }
                return
            }
            if rc < 0 { throw error(for: rc) }
            let match = readMatch(matchData, pairs: Int(rc))
            if !body(match) { return }
            if match.range.isEmpty {
                options = UInt32(PCRE2_NO_UTF_CHECK | PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED)
            } else {
                options = UInt32(PCRE2_NO_UTF_CHECK)
            }
            offset = match.range.upperBound
        }
    }

    static func nextCharacter(after offset: Int, in subject: UnsafeBufferPointer<UInt8>) -> Int {
        var next = offset + 1
        while next < subject.count && subject[next] & 0xC0 == 0x80 { next += 1 }
        return next
    }

    func readMatch(_ matchData: OpaquePointer, pairs: Int) -> Match {
        let ovector = pcre2_get_ovector_pointer_8(matchData)!
        let unset = cpcre2_unset()
        var groups: [Range<Int>?] = []
        groups.reserveCapacity(captureCount + 1)
        for index in 0...captureCount {
            guard index < max(pairs, 1) else { groups.append(nil); continue }
            let lower = ovector[2 * index], upper = ovector[2 * index + 1]
            groups.append(lower == unset ? nil : Int(lower)..<Int(upper))
        }
        var mark: String?
        if let markPointer = pcre2_get_mark_8(matchData) {
            // A mark is preceded by its length in one code unit and is zero-terminated.
            mark = String(cString: markPointer)
        }
        return Match(groups: groups, mark: mark, names: groupNames)
    }

    func error(for code: Int32) -> PatternError {
        switch code {
        case PCRE2_ERROR_MATCHLIMIT: return .matchLimit(pattern: name)
        case PCRE2_ERROR_DEPTHLIMIT, PCRE2_ERROR_HEAPLIMIT: return .depthLimit(pattern: name)
        case PCRE2_ERROR_JIT_STACKLIMIT: return .jitStackLimit(pattern: name)
        default: return .match(pattern: name, code: code, message: PCRE2Library.message(for: code))
        }
    }

    private static func readGroupNames(_ code: OpaquePointer) -> [String: Int] {
        var count: UInt32 = 0
        var entrySize: UInt32 = 0
        var table: UnsafePointer<UInt8>?
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMECOUNT), &count)
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMEENTRYSIZE), &entrySize)
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table)
        guard let table, count > 0 else { return [:] }
        var names: [String: Int] = [:]
        for entry in 0..<Int(count) {
            let row = table + entry * Int(entrySize)
            let number = Int(row[0]) << 8 | Int(row[1])
            let name = String(cString: row + 2)
            names[name] = number
        }
        return names
    }
}
