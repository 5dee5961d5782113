/// Everything rules and interpreters may consult besides the match: the whole text, the meeting
/// date relative expressions resolve against, the rule set's lexicons and settings, and the people
/// known for this note.
public struct ExtractionContext: Sendable {
    public var buffer: TextBuffer
    /// The meeting date; nil when unknown (relative dates then stay unresolved).
    public var referenceDate: CalendarDate?
    public var rules: RuleSet
    /// How to read `10/11`: month first (US, the default) or day first.
    public var monthFirst: Bool
    /// Full names of the note's attendees.
    public var attendees: [String]
    /// People known from the vault's person notes.
    public var knownPeople: [KnownPerson]

    public init(text: String, referenceDate: CalendarDate?, rules: RuleSet, monthFirst: Bool = true,
                attendees: [String] = [], knownPeople: [KnownPerson] = []) {
        buffer = TextBuffer(text)
        self.referenceDate = referenceDate
        self.rules = rules
        self.monthFirst = monthFirst
        self.attendees = attendees
        self.knownPeople = knownPeople
    }
}
