/// People resolution as a pipeline stage: a note's declared attendees, speakers and person
/// mentions in, attendees and referenced people out.
extension PeopleResolver: Stage {
    public struct Input: Sendable {
        public var declaredAttendees: [String]
        public var transcriptSpeakers: [String]
        public var mentions: [Mention]
        public var knownPeople: [KnownPerson]
        public var owner: String?

        public init(declaredAttendees: [String], transcriptSpeakers: [String], mentions: [Mention],
                    knownPeople: [KnownPerson], owner: String?) {
            self.declaredAttendees = declaredAttendees
            self.transcriptSpeakers = transcriptSpeakers
            self.mentions = mentions
            self.knownPeople = knownPeople
            self.owner = owner
        }
    }

    public static var step: PipelineStep { .resolvePeople }

    public func run(_ input: Input) -> PeopleResolution {
        resolve(declaredAttendees: input.declaredAttendees, transcriptSpeakers: input.transcriptSpeakers,
                mentions: input.mentions, knownPeople: input.knownPeople, owner: input.owner)
    }
}
