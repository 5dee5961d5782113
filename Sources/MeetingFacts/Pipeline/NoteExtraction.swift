/// A meeting note after the extraction stage: its text as bytes and every mention the rules
/// proposed, with no person yet resolved.
public struct NoteExtraction: Sendable {
    public var note: MeetingNote
    public var date: CalendarDate
    public var buffer: TextBuffer
    public var result: Extractor.Result

    /// Full names this note introduces, as written: its declared attendees and named speakers of
    /// two or more words, and the people its name-shaped contexts name. What a run learns in a
    /// cheap pass before resolving, so a lone "Jai" resolves to the "Jai Menon" of another meeting.
    public func newNames(cleanedBy resolver: PeopleResolver) -> [String] {
        var names = NameList()
        let declared = (note.declaredAttendees + note.transcriptSpeakers).compactMap { resolver.cleanDeclared($0, known: []) }
        for name in declared where PersonNameKey.words(of: name).count > 1 { names.add(name) }
        for mention in result.mentions where mention.kind == .person {
            let name = mention.name ?? mention.text
            if PersonNameKey.words(of: name).count > 1 && resolver.couldBePerson(mention.text) { names.add(name) }
        }
        return names.names
    }
}
