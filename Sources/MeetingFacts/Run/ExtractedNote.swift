import Foundation

/// A meeting note between extraction and analysis: the names it shows (what the run's people
/// registry needs from every note first) and its extraction held in the cache's compact byte form
/// (`CachedExtraction`). The candidate mentions of 10,000 notes are never all in memory at once:
/// each note's are decoded again when that note is analysed, then let go.
struct ExtractedNote: Sendable {
    var note: MeetingNote
    var date: CalendarDate
    var sightings: [NameSighting]
    /// Limits hit and other problems of the extraction; a note with an error is not analysed.
    var diagnostics: [Diagnostic]
    private var bytes: Data?
    /// A result the byte form does not hold (one with diagnostics), kept whole.
    private var whole: NoteExtraction?

    init(_ extraction: NoteExtraction, bytes: Data?, sightings: [NameSighting]) {
        note = extraction.note
        date = extraction.date
        self.sightings = sightings
        diagnostics = extraction.result.diagnostics
        self.bytes = bytes
        whole = bytes == nil ? extraction : nil
    }

    /// The extraction again: decoded, or — should the bytes not decode — extracted anew by `analyzer`.
    func extraction(using analyzer: NoteAnalyzer) -> NoteExtraction {
        if let whole { return whole }
        if let bytes, let cached = CachedExtraction(decoding: bytes) {
            return NoteExtraction(note: note, date: date, buffer: TextBuffer(note.text), result: cached.result)
        }
        return analyzer.extract(note, date: date)
    }
}
