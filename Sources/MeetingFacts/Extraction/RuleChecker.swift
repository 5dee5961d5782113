/// Runs every example of every rule through the full extractor, as `meetingfacts rules check`
/// and the test suite do. A positive example passes when its rule matches the input and the
/// extractor's output holds a mention with every expected key; a negative one when the output
/// holds no mention of the rule's kind. A rule of name candidates (`requires: known`) is checked by
/// the candidates the extractor proposes, since only the people stage decides whom they name. An `ignore` rule yields no mention, so its positive
/// example passes when the rule claims the expected `text` and no mention is read inside it, and
/// its negative one when the rule claims nothing in the input.
public struct RuleChecker {
    public let rules: RuleSet
    public let extractor: Extractor
    /// The meeting date of examples that name none.
    public static let defaultExampleDate = CalendarDate(year: 2025, month: 10, day: 31)

    public init(rules: RuleSet, extractor: Extractor? = nil) {
        self.rules = rules
        self.extractor = extractor ?? Extractor(rules: rules)
    }

    public struct Report: Sendable {
        public var ruleCount: Int
        public var exampleCount: Int
        public var failures: [Diagnostic]
        /// Load and compile problems, counted as failures.
        public var loadErrors: [Diagnostic]
        /// Rules the anchored engine scans whole, with why (`id: reason`): not failures.
        public var unanchored: [String] = []
        /// Distinct anchor atoms, and the size in bytes of their Vectorscan database.
        public var anchorDatabase: (atoms: Int, bytes: Int) = (0, 0)

        public var failedCount: Int { failures.count + loadErrors.filter { $0.severity == .error }.count }
        public var summary: String { "\(ruleCount) rules, \(exampleCount) examples, \(failedCount) failed" }
    }

    /// Every example of every rule; and, on the examples and on `corpus` (texts by name, e.g. the
    /// files of `corpus/`), anchored matching of every rule against a full scan.
    public func check(corpus: [(name: String, text: String)] = []) -> Report {
        var failures: [Diagnostic] = []
        var count = 0
        for rule in rules.rules {
            for example in rule.examples {
                count += 1
                if let problem = failure(of: example, in: rule) {
                    failures.append(Diagnostic(at: example.location, rule: rule.id, problem))
                }
            }
        }
        var report = Report(ruleCount: rules.rules.count, exampleCount: count, failures: failures, loadErrors: rules.diagnostics)
        do {
            let anchors = try AnchorCheck(rules: rules)
            report.unanchored = anchors.unanchored.map { "\($0.rule.id): \($0.reason)" }
            report.anchorDatabase = anchors.database
            var reported = Set<String>()
            let byId = Dictionary(rules.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let examples = rules.rules.flatMap { rule in rule.examples.map { ($0.location.description, $0.input) } }
            for (name, text) in examples + corpus {
                for (id, message) in anchors.differences(in: text, name: name) where !reported.contains(id) {
                    reported.insert(id)
                    report.failures.append(Diagnostic(at: byId[id]?.location ?? SourceLocation(path: "-", line: 1), rule: id, message))
                }
            }
        } catch {
            report.failures.append(Diagnostic(at: SourceLocation(path: "-", line: 1), "anchors: \(error.message)"))
        }
        return report
    }

    /// Why `example` fails, nil when it passes.
    public func failure(of example: RuleExample, in rule: Rule) -> String? {
        let date = example.date.flatMap { CalendarDate(iso: $0) } ?? RuleChecker.defaultExampleDate
        let context = ExtractionContext(text: example.input, referenceDate: date, rules: rules)
        let result = extractor.extract(context)
        if let problem = result.diagnostics.first { return problem.message }
        if let tokenizer = rule.tokenizer, let problem = RuleChecker.tokenizerDifference(tokenizer, rule: rule, in: example.input) {
            return problem
        }
        if rule.kind == .ignore { return ignoreFailure(of: example, in: rule, mentions: result.mentions) }
        if !example.isPositive {
            let found = result.mentions.filter { $0.kind == rule.kind }
            return found.isEmpty ? nil : "negative example \(quoted(example.input)) gave \(describe(found))"
        }
        let ruleMatched = rule.tokenizer.map { !$0.matches(in: example.input).isEmpty }
            ?? ((try? rule.pattern.firstMatch(in: example.input)) != nil)
        guard ruleMatched else { return "the rule does not match \(quoted(example.input))" }
        var expected = example.expect
        if expected["kind"] == nil { expected["kind"] = .string(rule.kind.rawValue) }
        // A name candidate (`requires: known`) stands only once the people stage knows the name;
        // its rule's example checks the candidate the extractor proposes.
        let proposed = result.mentions + result.nameCandidates.map(\.mention)
        if proposed.contains(where: { RuleChecker.matches($0, expected) }) { return nil }
        let wanted = expected.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        return "expected {\(wanted)} in \(quoted(example.input)), got \(describe(result.mentions))"
    }

    /// How a tokenizer's matches in `text` differ from a scan of its rule's pattern, nil when they
    /// are the same: the pattern is the tokenizer's specification.
    static func tokenizerDifference(_ tokenizer: RuleTokenizer, rule: Rule, in text: String) -> String? {
        let expected = ((try? rule.pattern.matches(in: text)) ?? []).map(MatchSignature.init)
        let found = tokenizer.matches(in: text).map(MatchSignature.init)
        guard expected != found else { return nil }
        let bytes = Array(text.utf8)
        func list(_ signatures: [MatchSignature]) -> String {
            signatures.isEmpty ? "nothing" : signatures.map { $0.describe(in: bytes) }.joined(separator: ", ")
        }
        return "tokenizer \(tokenizer.rawValue) finds \(list(found)) in \(quoted(text)), the pattern \(list(expected))"
    }

    /// Why an example of an `ignore` rule fails: what it claims, and whether its claim holds.
    private func ignoreFailure(of example: RuleExample, in rule: Rule, mentions: [Mention]) -> String? {
        let claims = ((try? rule.pattern.matches(in: example.input)) ?? []).filter { !$0.range.isEmpty }
        let bytes = Array(example.input.utf8)
        func surface(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        guard example.isPositive else {
            return claims.first.map { "negative example \(quoted(example.input)): the rule claims \(quoted(surface($0.range)))" }
        }
        let wanted = example.expect["text"]?.stringValue
        guard let claim = claims.first(where: { wanted == nil || surface($0.range) == wanted }) else {
            let claimed = claims.isEmpty ? "nothing" : claims.map { quoted(surface($0.range)) }.joined(separator: ", ")
            return "expected the rule to claim \(quoted(wanted ?? "")) in \(quoted(example.input)), it claims \(claimed)"
        }
        let inside = mentions.filter { $0.byteRange.overlaps(claim.range) }
        return inside.isEmpty ? nil : "\(quoted(surface(claim.range))) is claimed, but \(describe(inside)) was read over it"
    }

    static func matches(_ mention: Mention, _ expected: [String: ExampleValue]) -> Bool {
        expected.allSatisfy { key, value in
            guard let actual = mention.exampleValue(for: key) else { return false }
            switch (actual, value) {
            case let (.number(a), .number(b)):
                return a == b || abs(a - b) <= 1e-9 * max(abs(a), abs(b))
            case let (.string(a), .number):
                return a == value.stringValue
            default:
                return actual == value
            }
        }
    }

    private static func quoted(_ text: String) -> String { "\"\(text)\"" }
    private func quoted(_ text: String) -> String { RuleChecker.quoted(text) }

    private func describe(_ mentions: [Mention]) -> String {
        guard !mentions.isEmpty else { return "nothing" }
        return mentions.map { mention in
            let keys = ["unit", "value", "low", "high", "approx", "item", "seconds", "timex", "start", "end", "grain", "time", "part", "freq", "name"]
            let values = keys.compactMap { key in mention.exampleValue(for: key).map { "\(key)=\($0)" } }
            return "{\(mention.kind) \(quoted(mention.text)) \(values.joined(separator: " "))}"
        }.joined(separator: ", ")
    }
}
