import PCRE2

/// Runs every rule over a text, interprets the matches, and keeps the best non-overlapping
/// mentions: the longest span wins, then the higher priority, then the earlier rule.
/// Rules of kind `ignore` claim their span (a product name such as "BlueField-3") and yield nothing.
public struct Extractor: Sendable {
    public let rules: RuleSet
    public let engine: ExtractionEngine
    /// The interpreter of each rule, by its place in the rule set (`SurfaceInterpreter` when no
    /// interpreter takes its kind): looked up once, not per text.
    private let interpreterOfRule: [any MentionInterpreter]
    /// The work limits of `rules`, read once.
    private let limits: NoteLimits
    /// The anchors of `rules` in one Vectorscan database; nil for the reference engine, or when
    /// Vectorscan refused the atoms (`anchorProblem` says why; every rule is then scanned whole).
    private let scanner: AnchoredScanner?
    public let anchorProblem: String?

    public init(rules: RuleSet, interpreters: [any MentionInterpreter] = StandardInterpreters.all,
                engine: ExtractionEngine = .anchored) {
        self.rules = rules
        self.engine = engine
        var problem: String?
        if engine == .anchored {
            do {
                scanner = try AnchoredScanner(rules: rules.rules)
            } catch {
                scanner = nil
                problem = error.description
            }
        } else {
            scanner = nil
        }
        anchorProblem = problem
        var byKind: [MentionKind: any MentionInterpreter] = [:]
        for interpreter in interpreters {
            for kind in interpreter.kinds { byKind[kind] = interpreter }
        }
        let surface = SurfaceInterpreter()
        interpreterOfRule = rules.rules.map { rule in byKind[rule.kind] ?? surface }
        limits = NoteLimits(rules: rules)
    }

    public struct Result: Sendable {
        public var mentions: [Mention]
        /// Person names that stand only if the people stage resolves them to someone it knows
        /// (runs of capitalised words, one-word wikilinks). They take no part in the overlap
        /// contest until then, so an unknown capitalised run never hides a company or a date.
        public var nameCandidates: [Contender]
        /// Every mention the rules proposed, `ignore` spans included, before the overlap contest:
        /// the people stage reruns the contest once it knows which name candidates stand.
        public var contenders: [Contender]
        /// Rules that hit a match limit on this text, and any other matching failure.
        public var diagnostics: [Diagnostic]
        /// Matches of all rules, before overlaps were resolved: the work the text caused.
        public var matches = 0
        /// What the anchored engine did (zero for the reference engine).
        public var anchorStatistics = AnchorStatistics()
    }

    /// A proposed mention with what breaks ties in the overlap contest.
    public struct Contender: Sendable {
        public var mention: Mention
        /// The rule's priority: higher wins between spans of equal length.
        public var priority: Int
        /// The rule's place in the rule set: earlier wins last ties.
        public var order: Int
    }

    /// Mentions of every rule in the text. A text past its limits (`NoteLimits`: rule matches,
    /// seconds) yields no mention and one error naming `path`, so the caller skips the note.
    public func extract(_ context: ExtractionContext, path: String = "-") -> Result {
        var candidates: [Contender] = []
        var nameCandidates: [Contender] = []
        var diagnostics: [Diagnostic] = []
        let buffer = context.buffer
        let clock = limits.startClock()
        var matches = 0
        var overLimit: ReadingProblem?
        var statistics = AnchorStatistics()
        buffer.bytes.withUnsafeBufferPointer { bytes in
            // Every rule's anchor hits, from one pass over the text.
            var hits: [[Int]]?
            if let scanner {
                do {
                    hits = try scanner.hits(in: bytes)
                    statistics.atomHits = hits!.reduce(0) { $0 + $1.count }
                } catch {
                    diagnostics.append(Diagnostic(.warning, at: SourceLocation(path: path, line: 1),
                                                  "\(error); every rule was scanned whole"))
                }
            }
            var startsByAtoms = [[Int]?](repeating: nil, count: scanner?.atomListCount ?? 0)
            for (order, rule) in rules.rules.enumerated() {
                if overLimit == nil && clock.isPastDeadline { overLimit = limits.timeProblem("extraction") }
                if overLimit != nil { break }
                let interpreter = interpreterOfRule[order]
                func collect(_ match: Match) -> Bool {
                    matches += 1
                    if matches > limits.matches { overLimit = limits.matchProblem }
                    if matches % 256 == 0 && clock.isPastDeadline { overLimit = limits.timeProblem("extraction") }
                    if overLimit != nil { return false }
                    let ruleMatch = RuleMatch(rule: rule, match: match, buffer: buffer)
                    let mentions = rule.kind == .ignore ? [ruleMatch.mention()] : interpreter.interpret(ruleMatch, in: context)
                    for mention in mentions {
                        if mention.kind == .person && EntityInterpreter.isCandidate(mention, of: rule) {
                            nameCandidates.append(Contender(mention: mention, priority: rule.priority, order: order))
                            continue
                        }
                        candidates.append(Contender(mention: mention, priority: rule.priority, order: order))
                    }
                    return true
                }
                do {
                    try scanRule(at: order, in: bytes, hits: hits, startsByAtoms: &startsByAtoms, statistics: &statistics, collect)
                } catch {
                    // The note is still read by every other rule: a warning, not an error.
                    let reason = (error as? PatternError)?.reason ?? "\(error)"
                    diagnostics.append(Diagnostic(.warning, at: SourceLocation(path: path, line: 1), rule: rule.id,
                                                  reason + "; the rule was skipped for this note"))
                }
            }
        }
        let mentions = overLimit == nil ? Extractor.resolveOverlaps(candidates) : []
        // Name candidates are not counted: they stand only if they name someone already known.
        if let overLimit = overLimit ?? limits.nameProblem(mentions.lazy.compactMap(\.name)) {
            return Result(mentions: [], nameCandidates: [], contenders: [], diagnostics: [overLimit.diagnostic(path: path, line: 1)],
                          matches: matches, anchorStatistics: statistics)
        }
        return Result(mentions: mentions, nameCandidates: nameCandidates, contenders: candidates, diagnostics: diagnostics,
                      matches: matches, anchorStatistics: statistics)
    }

    /// The matches of the rule at `order`, as this extractor's engine finds them: near the hits of
    /// the rule's anchor (anchored engine), or by a full scan (reference engine, or no anchor).
    private func scanRule(at order: Int, in bytes: UnsafeBufferPointer<UInt8>, hits: [[Int]]?,
                         startsByAtoms: inout [[Int]?], statistics: inout AnchorStatistics,
                         _ body: (Match) -> Bool) throws(PatternError) {
        let rule = rules.rules[order]
        if let tokenizer = rule.tokenizer, engine != .reference {
            // Code stands in for the pattern, over the whole text; the reference engine runs the pattern.
            tokenizer.forEachMatch(in: bytes, body)
            return
        }
        if let hits, let anchor = rule.anchor, let scanner, let atomIndices = scanner.atomsOfRule[order],
           let list = scanner.atomListOfRule[order] {
            let starts: [Int]
            if let known = startsByAtoms[list] {
                starts = known
            } else {
                starts = AnchoredScanner.merged(atomIndices, from: hits)
                startsByAtoms[list] = starts
            }
            try AnchoredScanner.forEachMatch(of: rule, anchor: anchor, starts: starts, in: bytes, statistics: &statistics, body)
        } else {
            if engine == .anchored { statistics.fullScans += 1 }
            let pattern = engine == .anchored ? rule.confirmPattern : rule.pattern
            try pattern.forEachMatch(in: bytes, from: 0, limits: .standard, body)
        }
    }

    /// Matches of every rule in `text`, found and counted but not interpreted: the cost of the
    /// matching layer alone, for benchmarks. Rules that fail to match are skipped.
    public func countMatches(in text: String) -> (matches: Int, statistics: AnchorStatistics) {
        var subject = text
        var count = 0
        var statistics = AnchorStatistics()
        subject.withUTF8 { bytes in
            let hits = try? scanner?.hits(in: bytes)
            statistics.atomHits = hits?.reduce(0) { $0 + $1.count } ?? 0
            var startsByAtoms = [[Int]?](repeating: nil, count: scanner?.atomListCount ?? 0)
            for order in rules.rules.indices {
                try? scanRule(at: order, in: bytes, hits: hits, startsByAtoms: &startsByAtoms, statistics: &statistics) { _ in
                    count += 1
                    return true
                }
            }
        }
        return (count, statistics)
    }

    /// Greedy selection of non-overlapping mentions, longest first; `ignore` mentions win space but are dropped.
    public static func resolveOverlaps(_ candidates: [Contender]) -> [Mention] {
        let ranked = candidates.sorted { lhs, rhs in
            let left = lhs.mention.byteRange, right = rhs.mention.byteRange
            if left.count != right.count { return left.count > right.count }
            if lhs.priority != rhs.priority { return lhs.priority > rhs.priority }
            if left.lowerBound != right.lowerBound { return left.lowerBound < right.lowerBound }
            return lhs.order < rhs.order
        }
        // Spans already taken, kept sorted by start so an overlap check is a binary search.
        var taken: [Range<Int>] = []
        var kept: [Mention] = []
        for candidate in ranked {
            let range = candidate.mention.byteRange
            if range.isEmpty { continue }
            var low = 0, high = taken.count
            while low < high {
                let middle = (low + high) / 2
                if taken[middle].lowerBound < range.lowerBound { low = middle + 1 } else { high = middle }
            }
            if low > 0 && taken[low - 1].overlaps(range) { continue }
            if low < taken.count && taken[low].overlaps(range) { continue }
            taken.insert(range, at: low)
            if candidate.mention.kind != .ignore { kept.append(candidate.mention) }
        }
        return kept.sorted { $0.span[0] != $1.span[0] ? $0.span[0] < $1.span[0] : $0.span[1] < $1.span[1] }
    }
}
