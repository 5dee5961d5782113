/// Reading as a pipeline stage: a note's path and text in, a typed meeting note out.
extension NoteParser: Stage {
    public struct Input: Sendable {
        public var path: String
        public var text: String
        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    public static var step: PipelineStep { .readNotes }

    public func run(_ input: Input) throws -> MeetingNote {
        try parse(text: input.text, path: input.path)
    }
}
