/// Person-note planning as a pipeline stage: one person's meetings and note in, the planned note out.
extension PersonNotePlanner: Stage {
    public struct Input: Sendable {
        public var person: String
        public var records: [MeetingRecord]
        public var existingText: String?
        public var owner: String
        public var today: CalendarDate
        public var previouslyWritten: Set<ContentHash>
        public var known: KnownPerson?

        public init(person: String, records: [MeetingRecord], existingText: String?, owner: String, today: CalendarDate,
                    previouslyWritten: Set<ContentHash>, known: KnownPerson?) {
            self.person = person
            self.records = records
            self.existingText = existingText
            self.owner = owner
            self.today = today
            self.previouslyWritten = previouslyWritten
            self.known = known
        }
    }

    public static var step: PipelineStep { .planNoteChanges }

    public func run(_ input: Input) -> PersonNotePlan {
        plan(for: input.person, records: input.records, existingText: input.existingText, owner: input.owner,
             today: input.today, previouslyWritten: input.previouslyWritten, known: input.known)
    }
}
