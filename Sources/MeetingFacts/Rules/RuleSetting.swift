/// A setting that rule files may give under `settings:`, with the shape of its value. The loader
/// rejects any other key — a misspelt one would silently leave the default in force — and a value
/// of another shape, at `file:line:col`. Code reads settings only by these keys (`RuleSet.setting`
/// checks it in debug builds), so this list is every tunable there is.
public struct RuleSetting: Sendable, Hashable {
    public enum Shape: String, Sendable {
        case number, flag, text
        /// A YAML list of scalars: `[quantity, date]` or one `- item` a line.
        case list
    }

    public let key: String
    public let shape: Shape

    public init(_ key: String, _ shape: Shape) {
        self.key = key
        self.shape = shape
    }

    public static let all: [RuleSetting] = [
        // rules/date/lexicons.yml
        RuleSetting("date.default_direction", .text),
        RuleSetting("date.two_digit_year_pivot", .number),
        RuleSetting("date.two_digit_decade_pivot", .number),
        RuleSetting("date.fiscal_year_start_month", .number),
        // rules/facts.yml
        RuleSetting("fact_mention_kinds", .list),
        RuleSetting("fact_sections", .list),
        // rules/limits.yml
        RuleSetting("note-limits.lines", .number),
        RuleSetting("note-limits.matches", .number),
        RuleSetting("note-limits.names", .number),
        RuleSetting("note-limits.seconds", .number),
        RuleSetting("facts.minimum-words", .number),
        RuleSetting("facts.transcript.max-per-speaker", .number),
        // rules/meetings.yml
        RuleSetting("same_meeting_by_transcript", .flag),
        RuleSetting("same_meeting_by_summary", .flag),
        RuleSetting("summary_similarity", .number),
        RuleSetting("transcript_min_characters", .number),
        // rules/people/names.yml
        RuleSetting("people.near-miss.max-edit-distance", .number),
        RuleSetting("people.near-miss.max-edit-ratio", .number),
        RuleSetting("people.near-miss.same-initial", .flag),
        RuleSetting("people.variant.surname-similarity", .number),
        RuleSetting("people.variant.attendee-surname-similarity", .number),
        RuleSetting("people.variant.minimum-prefix", .number),
        RuleSetting("people.variant.garbled-given-similarity", .number),
        RuleSetting("people.variant.garbled-surname-similarity", .number),
        // rules/person-notes.yml
        RuleSetting("person-notes.people-path", .text),
        RuleSetting("person-notes.template", .text),
        RuleSetting("person-notes.summary-length", .number),
        RuleSetting("person-notes.background.min-words", .number),
        RuleSetting("person-notes.near-duplicate.word-similarity", .number),
        RuleSetting("person-notes.near-duplicate.entity-coverage", .number),
        RuleSetting("person-notes.near-duplicate.shared-value-word-similarity", .number),
        RuleSetting("person-notes.near-duplicate.restatement-word-similarity", .number),
        RuleSetting("person-notes.near-duplicate.same-meeting-word-similarity", .number),
        RuleSetting("person-notes.file-name.replacement", .text),
        RuleSetting("person-notes.file-name.max-length", .number),
        RuleSetting("person-notes.unknown-value", .text),
        RuleSetting("person-notes.heading.contact", .text),
        RuleSetting("person-notes.heading.key-facts", .text),
        RuleSetting("person-notes.heading.topics", .text),
        RuleSetting("person-notes.heading.recent-context", .text),
        RuleSetting("person-notes.heading.profile", .text),
        RuleSetting("person-notes.label.background", .text),
        RuleSetting("person-notes.footer-prefix", .text),
    ]

    public static let byKey: [String: RuleSetting] = Dictionary(all.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
}
