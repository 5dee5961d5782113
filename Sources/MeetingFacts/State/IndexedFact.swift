/// One fact as written to a person note, kept in the run state for `meetingfacts facts`: the line
/// on the note (to tell, when asked, whether it is still there), the statement, its meeting and
/// its typed mentions, whole.
public struct IndexedFact: Sendable, Equatable, Codable {
    /// The person whose note holds the fact.
    public var person: String
    /// Vault-relative path of that person note.
    public var notePath: String
    /// The Key Facts line as written to the note (`- statement — [[meeting|date]]`).
    public var line: String
    /// The statement alone.
    public var text: String
    public var meetingDate: String
    /// Vault-relative path of the meeting note the line cites.
    public var meetingPath: String
    /// 1-based line of the statement in the meeting note.
    public var meetingLine: Int
    /// The mentions inside the statement, in order.
    public var mentions: [Mention]

    public init(person: String, notePath: String, line: String, text: String, meetingDate: String, meetingPath: String,
                meetingLine: Int, mentions: [Mention]) {
        self.person = person
        self.notePath = notePath
        self.line = line
        self.text = text
        self.meetingDate = meetingDate
        self.meetingPath = meetingPath
        self.meetingLine = meetingLine
        self.mentions = mentions
    }

    /// The kinds of mention the fact holds, each once, sorted; "text" for a fact with none.
    public var kinds: [String] {
        let kinds = Set(mentions.map(\.kind.rawValue)).sorted()
        return kinds.isEmpty ? ["text"] : kinds
    }
}
