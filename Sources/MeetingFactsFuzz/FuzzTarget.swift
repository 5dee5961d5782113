import MeetingFacts

/// What the fuzzer exercises with each input, twice over:
/// - as a meeting note: the note reader (bytes → checked text → frontmatter, sections, transcript)
///   and then the whole per-note analysis (every shipped rule, the people resolver, fact assembly);
/// - as a person note someone edited: split into lines and joined back (must give the same text),
///   then merged with one fixed meeting's facts, as a run does.
/// Any crash, hang or sanitizer report is a bug; errors are not.
enum FuzzTarget {
    static let parser = NoteParser()
    static let analyzer = NoteAnalyzer(rules: .shipped, knownPeople: [KnownPerson(name: "Lena Fischer")], owner: "Priya Raman")
    /// Undated notes are analysed against a fixed day, so relative dates still resolve.
    static let fallbackDate = CalendarDate(year: 2025, month: 11, day: 15)
    static let planner = try! PersonNotePlanner(ruleSet: .shipped)

    /// A meeting of our own with Lena: the facts merged into every fuzzed person note.
    static let meeting: MeetingRecord = {
        let text = """
        ---
        type: meeting
        date: 2025-10-02
        attendees: ["[[Lena Fischer]]", "[[Priya Raman]]"]
        ---

        # Storage sync

        ## Key facts

        - Lena Fischer moves 30 racks to Quincy next month; write peaks reach 2 TB/s.
        """
        let note = try! parser.parse(text: text, path: "Meetings/2025-10-02 - Storage sync.md")
        return analyzer.analyze(note, date: note.date!).record
    }()

    static func run(_ bytes: [UInt8]) {
        guard let text = try? parser.decode(bytes, path: "fuzz.md") else { return }
        if let note = try? parser.parse(text: text, path: "fuzz.md", requireDate: false) {
            _ = analyzer.analyze(note, date: note.date ?? fallbackDate)
        } else {
            // A note the reader refuses (broken YAML) still goes through the extractor as plain text.
            _ = analyzer.extractor.extract(ExtractionContext(text: text, referenceDate: fallbackDate, rules: analyzer.rules))
        }
        if NoteText(text).text != text { fatalError("NoteText does not give back the bytes it read") }
        _ = planner.plan(for: "Lena Fischer", records: [meeting], existingText: text, owner: "Priya Raman", today: fallbackDate)
    }
}
