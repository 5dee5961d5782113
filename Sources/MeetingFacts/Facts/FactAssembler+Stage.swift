/// Fact assembly as a pipeline stage: a note and its resolved mentions in, facts out.
extension FactAssembler: Stage {
    public struct Input: Sendable {
        public var note: MeetingNote
        public var mentions: [Mention]
        public var buffer: TextBuffer

        public init(note: MeetingNote, mentions: [Mention], buffer: TextBuffer) {
            self.note = note
            self.mentions = mentions
            self.buffer = buffer
        }
    }

    public static var step: PipelineStep { .assembleFacts }

    public func run(_ input: Input) -> [Fact] {
        facts(of: input.note, mentions: input.mentions, buffer: input.buffer)
    }
}
