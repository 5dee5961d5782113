/// A statement that carries a fact — a Key facts bullet, or another sentence holding a quantity,
/// a dated event or a relation — with the people it is about.
public struct Fact: Sendable, Equatable, Encodable {
    /// The statement as written (list marker and trailing white space removed).
    public var text: String
    /// 1-based line in the meeting note.
    public var line: Int
    /// Full names of the people the statement names (resolved), in order of appearance.
    public var about: [String]
    /// The mentions inside the statement.
    public var mentions: [Mention]

    public init(text: String, line: Int, about: [String], mentions: [Mention] = []) {
        self.text = text
        self.line = line
        self.about = about
        self.mentions = mentions
    }

    enum CodingKeys: String, CodingKey { case text, line, about }
}
