import PCRE2

/// Every rule, lexicon, shared definition and setting loaded from a set of rule files,
/// compiled and ready to run, with the problems found while loading.
public struct RuleSet: Sendable {
    public var rules: [Rule]
    public var lexicons: [String: Lexicon]
    /// Tunables from `settings:` maps (thresholds, flags), by key.
    public var settings: [String: ExampleValue]
    /// Non-rule files that ship with the rules (templates), by relative path.
    public var files: [String: String]
    public var diagnostics: [Diagnostic]
    /// Changes whenever any rule file or template changes.
    public var contentHash: ContentHash

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public func lexicon(_ name: String) -> Lexicon? { lexicons[name] }

    public func setting(_ key: String) -> ExampleValue? { settings[key] }

    public func number(setting key: String, default fallback: Double) -> Double {
        if case let .number(value)? = settings[key] { return value }
        return fallback
    }

    /// The shipped rules, overlaid or replaced by a user folder.
    public static func load(extraDirectory: String? = nil, replaceShipped: Bool = false) throws(Diagnostic) -> RuleSet {
        let shipped = replaceShipped ? [] : RuleSource.shipped
        let extra = try extraDirectory.map { (directory) throws(Diagnostic) in try RuleSource.directory(directory) } ?? []
        return RuleLoader().load(RuleSource.merged(shipped: shipped, extra: extra))
    }

    /// The shipped rules alone. They are checked by the test suite, so a failure here is a build defect.
    public static let shipped: RuleSet = RuleLoader().load(RuleSource.shipped)
}
