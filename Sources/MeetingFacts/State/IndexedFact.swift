/// One fact as written to a person note, kept in the run state for `meetingfacts facts`.
public struct IndexedFact: Sendable, Equatable, Codable {
    public var person: String
    /// The mention kinds the fact holds (quantity, date, company…), comma-separated; "text" for none.
    public var kinds: String
    public var text: String
    public var meetingDate: String
    public var meetingPath: String

    public init(person: String, kinds: String, text: String, meetingDate: String, meetingPath: String) {
        self.person = person
        self.kinds = kinds
        self.text = text
        self.meetingDate = meetingDate
        self.meetingPath = meetingPath
    }
}
