/// One speaker's turn in a transcript: the speaker as written (a name, a role, or a label such as
/// "Remote"), what they said, and where.
public struct TranscriptTurn: Sendable, Equatable {
    public var speaker: String
    public var text: String
    /// 1-based line of the turn's first line.
    public var line: Int
    /// The recording timestamp when the line carried one (`00:00:03.18`).
    public var timestamp: String?

    public init(speaker: String, text: String, line: Int, timestamp: String? = nil) {
        self.speaker = speaker
        self.text = text
        self.line = line
        self.timestamp = timestamp
    }
}
