/// Everything one meeting note yields: its mentions, who attended and who was named, its facts,
/// and the record the person-notes stage consumes. Also the body of `extract --json`.
public struct NoteAnalysis: Sendable {
    public var note: MeetingNote
    public var date: CalendarDate
    public var mentions: [Mention]
    public var people: PeopleResolution
    public var facts: [Fact]
    public var record: MeetingRecord
    /// Rules that hit a limit on this note, and similar problems; the note is still analysed.
    public var diagnostics: [Diagnostic]
}
