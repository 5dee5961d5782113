/// What a run does to one person note.
public enum PersonNoteChange: String, Sendable, Equatable, Codable {
    case created
    case updated
    case unchanged
}
