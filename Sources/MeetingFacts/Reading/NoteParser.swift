import Foundation

/// Turns a note's bytes and path into a `MeetingNote`, or into a `Diagnostic` saying why the
/// note was skipped: too large, binary, NUL bytes, invalid UTF-8, broken frontmatter, no date.
public struct NoteParser: Sendable {
    /// Notes above this size are skipped unread (50 MB).
    public static let defaultSizeLimit = 50 * 1024 * 1024

    public var rules: RuleSet
    public var sizeLimit: Int
    /// Lines and seconds one note may take to read.
    public var limits: NoteLimits

    public init(rules: RuleSet = .shipped, sizeLimit: Int = NoteParser.defaultSizeLimit) {
        self.rules = rules
        self.sizeLimit = sizeLimit
        limits = NoteLimits(rules: rules)
    }

    /// Reads and parses the file at `fileURL`; `path` is how diagnostics and the note name it.
    public func parse(fileAt fileURL: URL, path: String, requireDate: Bool = true) throws(Diagnostic) -> MeetingNote {
        try parse(text: readText(fileAt: fileURL, path: path), path: path, requireDate: requireDate)
    }

    /// The file's text, after the checks that make it safe to parse; the size is checked before reading.
    public func readText(fileAt fileURL: URL, path: String) throws(Diagnostic) -> String {
        let size: Int
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: fileURL.path)
            size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        } catch {
            throw ReadingProblem.unreadable("no such file or not accessible").diagnostic(path: path, line: 1)
        }
        if size > sizeLimit { throw ReadingProblem.tooLarge(bytes: size, limit: sizeLimit).diagnostic(path: path, line: 1) }
        guard let data = FileManager.default.contents(atPath: fileURL.path) else {
            throw ReadingProblem.unreadable("not a readable file").diagnostic(path: path, line: 1)
        }
        return try decode(Array(data), path: path)
    }

    /// UTF-8 text from bytes: a leading byte-order mark dropped; a binary file, a NUL byte or an
    /// invalid sequence reported at its line.
    public func decode(_ bytes: [UInt8], path: String) throws(Diagnostic) -> String {
        if bytes.count > sizeLimit { throw ReadingProblem.tooLarge(bytes: bytes.count, limit: sizeLimit).diagnostic(path: path, line: 1) }
        let head = bytes.prefix(8192)
        if head.contains(0) {
            let controls = head.filter { $0 < 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }.count
            if controls * 10 > head.count || !NoteParser.isValidUTF8(Array(head.prefix(head.count - 4))) {
                throw ReadingProblem.binary.diagnostic(path: path, line: 1)
            }
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw ReadingProblem.nulByte.diagnostic(path: path, line: NoteParser.line(ofByte: nul, in: bytes))
        }
        if let bad = NoteParser.firstInvalidUTF8Byte(bytes) {
            throw ReadingProblem.invalidUTF8.diagnostic(path: path, line: NoteParser.line(ofByte: bad, in: bytes))
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    static func isValidUTF8(_ bytes: [UInt8]) -> Bool { firstInvalidUTF8Byte(bytes) == nil }

    static func firstInvalidUTF8Byte(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case let .valid(encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    static func line(ofByte offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    /// Parses a note's text. Without `requireDate`, a note with no date is returned with `date` nil
    /// (standard input with `--date`); with it, that note is a diagnostic.
    public func parse(text: String, path: String, requireDate: Bool = true) throws(Diagnostic) -> MeetingNote {
        let clock = limits.startClock()
        let lines = try checkedLines(of: text, path: path)
        let frontmatter = try Frontmatter.read(lines: lines, path: path)
        let fileName = path == "-" ? "-" : (path.split(separator: "/").last.map(String.init) ?? path)
        let linkName = fileName.lowercased().hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName
        let nameParts = NoteFileName(fileName)

        let layout = NoteLayout(lines: lines, firstLine: frontmatter.lineCount, headings: rules.lexicon("SECTION_HEADING"))
        let heading = layout.firstH1.map(OneOnOneTitle.init)

        let date = NoteParser.date(in: frontmatter) ?? nameParts.date ?? heading?.date
        if date == nil && requireDate { throw ReadingProblem.noDate.diagnostic(path: path, line: 1) }
        // A file named for a month only is dated to that month, though its frontmatter may hold the
        // 1st of the month as a stand-in; a frontmatter day other than the 1st is a real day.
        let dateIsMonth = nameParts.isMonthOnly && date == nameParts.date

        var declared: [String] = []
        for keys in [["attendees"], ["participants"], ["people"], ["entities", "people"]] {
            declared += Frontmatter.scalars(in: frontmatter.node(at: keys)).compactMap(AttendeeName.normalized)
        }
        declared += NoteParser.bodyAttendees(in: layout.sections.filter { $0.kind != .transcript })
        if let person = heading?.person.flatMap(AttendeeName.normalized) { declared.append(person) }
        declared = NoteParser.distinct(declared)

        let transcriptParser = TranscriptParser(rules: rules, knownNames: declared)
        let transcriptLines = layout.sections.filter { $0.kind == .transcript }.flatMap(\.lines)
        let turns: [TranscriptTurn]
        do {
            turns = transcriptLines.isEmpty
                ? try transcriptParser.turns(in: layout.sections.flatMap(\.lines).filter { TaskItem(line: $0.text, number: $0.number) == nil },
                                             outsideTranscript: true, clock: clock)
                : try transcriptParser.turns(in: transcriptLines, clock: clock)
        } catch {
            throw limits.timeProblem("reading").diagnostic(path: path, line: 1)
        }
        let speakers = NoteParser.distinct(turns.map(\.speaker).filter { !$0.isEmpty })
        if let problem = limits.nameProblem(declared + speakers) { throw problem.diagnostic(path: path, line: 1) }
        let namedSpeakers = speakers.filter(transcriptParser.isNamedSpeaker)
        var seenAttendees = Set<String>()
        let attendees = (declared.filter(transcriptParser.isNamedSpeaker) + namedSpeakers).filter { seenAttendees.insert($0.lowercased()).inserted }

        let title = frontmatter.string("title") ?? layout.firstH1 ?? nameParts.title
        let type = frontmatter.string("type")?.lowercased()
            ?? frontmatter.strings("tags").first { $0.lowercased().hasPrefix("type/") }.map { String($0.dropFirst(5)).lowercased() }

        return MeetingNote(
            path: path, fileName: fileName, linkName: linkName, date: date, title: title, type: type,
            topics: frontmatter.strings("topics"),
            declaredAttendees: declared,
            transcriptSpeakers: speakers,
            attendees: attendees,
            sections: layout.sections, tasks: layout.tasks, turns: turns,
            text: text,
            frontmatterLineCount: frontmatter.lineCount, frontmatter: frontmatter,
            canonical: frontmatter.string("canonical").flatMap(AttendeeName.normalized), dateIsMonth: dateIsMonth)
    }

    /// The frontmatter date: a date, a quoted date, or an ISO date-time (its calendar date as
    /// written, whatever the offset), under `date`, `meeting_date` or `meeting-date`.
    static func date(in frontmatter: Frontmatter) -> CalendarDate? {
        for key in ["date", "meeting_date", "meeting-date"] {
            guard let value = frontmatter.string(key) else { continue }
            if let date = calendarDate(in: value) { return date }
        }
        return nil
    }

    /// `YYYY-MM-DD` or `YYYY/MM/DD`, alone or followed by a time.
    static func calendarDate(in value: String) -> CalendarDate? {
        let head = value.prefix(10).replacingOccurrences(of: "/", with: "-")
        let after = value.dropFirst(10).first
        guard after == nil || after == "T" || after == " " || after == "t" else { return nil }
        return CalendarDate(iso: head)
    }

    /// Keys that list attendees, in the frontmatter and in a body line such as
    /// `**Participants:** Ana Ruiz, [[Bo Lind]]` or `**Date:** … · **People:** [[Bo Lind]]`.
    static let attendeeKeys: Set<String> = ["attendees", "participants", "people"]

    static func bodyAttendees(in sections: [NoteSection]) -> [String] {
        var names: [String] = []
        for line in sections.lazy.flatMap(\.lines) where line.text.hasPrefix("**") {
            for segment in line.text.components(separatedBy: " · ") {
                guard let (key, value) = TranscriptParser.boldSpeaker(in: segment.trimmingWhitespace()),
                      attendeeKeys.contains(key.lowercased()) else { continue }
                names += value.split(separator: ",").compactMap { AttendeeName.normalized(String($0)) }
            }
        }
        return names
    }

    /// The text's lines, or the problem of a note with more lines than `limits` allow.
    public func checkedLines(of text: String, path: String) throws(Diagnostic) -> [Substring] {
        let lines = NoteParser.lines(of: text)
        if let problem = limits.lineProblem(lines.count) { throw problem.diagnostic(path: path, line: 1) }
        return lines
    }

    /// The text's lines without their line ends; `\r\n` ends a line too, a lone `\r` does not.
    /// Found on the UTF-8 bytes (`TextLines`): a line break is always a Character boundary.
    public static func lines(of text: String) -> [Substring] {
        TextLines.split(text)
    }

    static func distinct(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }
}
