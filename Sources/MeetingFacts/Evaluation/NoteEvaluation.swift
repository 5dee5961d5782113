/// The score of one corpus note, with the path it came from.
public struct NoteEvaluation: Sendable, Codable {
    public var path: String
    public var score: NoteScore
}
