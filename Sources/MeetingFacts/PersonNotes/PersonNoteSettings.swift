/// The tunables of the person-notes stage, read from the `settings:` of `rules/person-notes.yml`
/// (defaults here only keep a user rule set that drops that file working).
public struct PersonNoteSettings: Sendable, Equatable {
    public var peoplePath: String
    public var templateFile: String
    public var summaryLength: Int
    public var backgroundMinimumWords: Int
    public var wordSimilarity: Double
    public var entityCoverage: Double
    public var sharedValueWordSimilarity: Double
    public var restatementWordSimilarity: Double
    public var sameMeetingWordSimilarity: Double
    public var fileNameReplacement: String
    public var fileNameMaxLength: Int
    public var unknownValue: String
    public var contactHeading: String
    public var keyFactsHeading: String
    public var topicsHeading: String
    public var recentContextHeading: String
    public var profileHeading: String
    public var backgroundLabel: String
    public var footerPrefix: String
    /// Words ignored when comparing facts, lower-cased.
    public var stopwords: Set<String>
    /// Letters glued to a number that scale it, by surface ("k" → 1000).
    public var numberSuffixes: [String: Double]

    public init(ruleSet: RuleSet) {
        func text(_ key: String, _ fallback: String) -> String {
            ruleSet.setting("person-notes.\(key)")?.stringValue ?? fallback
        }
        func number(_ key: String, _ fallback: Double) -> Double {
            ruleSet.number(setting: "person-notes.\(key)", default: fallback)
        }
        peoplePath = text("people-path", "People/{name}.md")
        templateFile = text("template", "templates/person.md")
        summaryLength = Int(number("summary-length", 100))
        backgroundMinimumWords = Int(number("background.min-words", 4))
        wordSimilarity = number("near-duplicate.word-similarity", 0.65)
        entityCoverage = number("near-duplicate.entity-coverage", 0.75)
        sharedValueWordSimilarity = number("near-duplicate.shared-value-word-similarity", 0.25)
        restatementWordSimilarity = number("near-duplicate.restatement-word-similarity", 0.7)
        sameMeetingWordSimilarity = number("near-duplicate.same-meeting-word-similarity", 0.55)
        fileNameReplacement = text("file-name.replacement", "-")
        fileNameMaxLength = Int(number("file-name.max-length", 120))
        unknownValue = text("unknown-value", "_Unknown_")
        contactHeading = text("heading.contact", "Contact Information")
        keyFactsHeading = text("heading.key-facts", "Key Facts")
        topicsHeading = text("heading.topics", "Topics Discussed")
        recentContextHeading = text("heading.recent-context", "Recent Context")
        profileHeading = text("heading.profile", "Profile")
        backgroundLabel = text("label.background", "**Background**:")
        footerPrefix = text("footer-prefix", "*Last updated:")
        stopwords = Set((ruleSet.lexicon("PERSON_NOTE_STOPWORDS")?.entries ?? []).flatMap(\.forms).map { $0.lowercased() })
        var suffixes: [String: Double] = [:]
        for entry in ruleSet.lexicon("PERSON_NOTE_NUMBER_SUFFIXES")?.entries ?? [] {
            guard let multiplier = entry.number("multiplier") else { continue }
            for form in entry.forms { suffixes[form] = multiplier }
        }
        numberSuffixes = suffixes
    }
}
