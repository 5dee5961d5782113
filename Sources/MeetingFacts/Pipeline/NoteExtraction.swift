/// A meeting note after the extraction stage: its text as bytes and every mention the rules
/// proposed, with no person yet resolved.
public struct NoteExtraction: Sendable {
    public var note: MeetingNote
    public var date: CalendarDate
    public var buffer: TextBuffer
    public var result: Extractor.Result

    /// What the people stage reads of this note.
    public func peopleInput(owner: String?) -> PeopleResolver.Input {
        var speech = Set(note.turns.map(\.line))
        for section in note.sections(.transcript) { speech.formUnion(section.lines.map(\.number)) }
        return PeopleResolver.Input(declaredAttendees: note.declaredAttendees, transcriptSpeakers: note.transcriptSpeakers,
                                    extraction: result, buffer: buffer, owner: owner, frontmatterLines: note.frontmatterLineCount,
                                    speechLines: speech)
    }
}
