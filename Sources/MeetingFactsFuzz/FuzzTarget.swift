import MeetingFacts

/// What the fuzzer exercises with each input: the note reader (bytes → checked text → frontmatter,
/// sections, transcript) and then the whole per-note analysis (every shipped rule, the people
/// resolver, fact assembly). Any crash, hang or sanitizer report here is a bug; errors are not.
enum FuzzTarget {
    static let parser = NoteParser()
    static let analyzer = NoteAnalyzer(rules: .shipped, knownPeople: [KnownPerson(name: "Lena Fischer")], owner: "Priya Raman")
    /// Undated notes are analysed against a fixed day, so relative dates still resolve.
    static let fallbackDate = CalendarDate(year: 2025, month: 11, day: 15)

    static func run(_ bytes: [UInt8]) {
        guard let text = try? parser.decode(bytes, path: "fuzz.md") else { return }
        guard let note = try? parser.parse(text: text, path: "fuzz.md", requireDate: false) else {
            // A note the reader refuses (broken YAML) still goes through the extractor as plain text.
            _ = analyzer.extractor.extract(ExtractionContext(text: text, referenceDate: fallbackDate, rules: analyzer.rules))
            return
        }
        _ = analyzer.analyze(note, date: note.date ?? fallbackDate)
    }
}
