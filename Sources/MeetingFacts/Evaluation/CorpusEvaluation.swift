/// The evaluation of a folder of annotated notes: totals per kind, each note's score, and the
/// gold annotations that could not be placed (a surface not found on its line).
public struct CorpusEvaluation: Sendable, Codable {
    public var notes: [NoteEvaluation]
    /// One entry per kind of `Scorer.kinds`, in that order, summed over the notes.
    public var kinds: [KindScore]
    public var goldProblems: [String]

    public func score(of kind: String) -> KindScore? { kinds.first { $0.kind == kind } }

    /// Every error of every note, with its note's path.
    public var errors: [(path: String, error: MentionError)] {
        notes.flatMap { note in note.score.errors.map { (note.path, $0) } }
    }
}
