/// What scoring one note yields: counts per kind and the classified errors.
public struct NoteScore: Sendable, Codable {
    public var kinds: [String: KindScore]
    public var errors: [MentionError]

    public init(kinds: [String: KindScore] = [:], errors: [MentionError] = []) {
        self.kinds = kinds
        self.errors = errors
    }
}
