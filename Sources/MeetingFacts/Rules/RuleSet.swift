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


    public func lexicon(_ name: String) -> Lexicon? { lexicons[name] }

    /// A setting's value; `key` must be one of `RuleSetting.all` (checked in debug builds).
    public func setting(_ key: String) -> ExampleValue? {
        assert(RuleSetting.byKey[key] != nil, "setting '\(key)' is not in RuleSetting.all")
        return settings[key]
    }

    public func number(setting key: String, default fallback: Double) -> Double {
        if case let .number(value)? = setting(key) { return value }
        return fallback
    }

    /// A list setting's items; `fallback` when the rules do not set it.
    public func strings(setting key: String, default fallback: [String]) -> [String] {
        if case let .list(items)? = setting(key) { return items }
        return fallback
    }

    /// The shipped rules, overlaid in order by user folders (a file with the same relative path
    /// replaces the earlier one), or replaced by them.
    public static func load(extraDirectories: [String] = [], replaceShipped: Bool = false) throws(Diagnostic) -> RuleSet {
        RuleLoader().load(try sources(extraDirectories: extraDirectories, replaceShipped: replaceShipped))
    }

    /// The rule files `load` would compile, read but not compiled (hashing them is cheap).
    public static func sources(extraDirectories: [String] = [], replaceShipped: Bool = false) throws(Diagnostic) -> [RuleSource] {
        var sources = replaceShipped ? [] : RuleSource.shipped
        for directory in extraDirectories {
            sources = RuleSource.merged(shipped: sources, extra: try RuleSource.directory(directory))
        }
        return sources
    }

    public static func load(extraDirectory: String?, replaceShipped: Bool = false) throws(Diagnostic) -> RuleSet {
        try load(extraDirectories: extraDirectory.map { [$0] } ?? [], replaceShipped: replaceShipped)
    }

    /// The shipped rules alone. They are checked by the test suite, so a failure here is a build defect.
    public static let shipped: RuleSet = RuleLoader().load(RuleSource.shipped)
}
