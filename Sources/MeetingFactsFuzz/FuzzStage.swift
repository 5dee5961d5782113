import MeetingFacts
import Foundation

/// One stage of the pipeline as a fuzz target, each fed a structured input and fast enough for
/// thousands of executions a second (`FUZZ_TARGET=NAME`; `make fuzz` runs every one in turn):
/// - `reader`: bytes → checked UTF-8 → frontmatter, sections, transcript turns;
/// - `extractor`: the first line of the input (at most 512 bytes) through every shipped rule;
/// - `merge`: a person note, a NUL byte, then one fact a line: merged as a run merges, then
///   merged again, which must change nothing, and no line of the note outside the managed
///   frontmatter keys, unfilled contact rows and the footer may be lost;
/// - `frontmatter`: the frontmatter editor's three edits on a note, which must leave everything
///   after the frontmatter as it was;
/// - `diff`: old text, a NUL byte, new text: the unified diff applied to the old text must give
///   back the new one.
/// The whole pipeline on one note stays `FuzzTarget` (`FUZZ_TARGET=pipeline`). A broken promise
/// is a `fatalError`, so libFuzzer keeps the input as a crash.
enum FuzzStage: String, CaseIterable {
    case reader, extractor, merge, frontmatter, diff, pipeline

    static let parser = NoteParser()
    static let rulesExtractor = Extractor(rules: .shipped)
    static let planner = try! PersonNotePlanner(ruleSet: .shipped)
    static let settings = PersonNoteSettings(ruleSet: .shipped)
    static let day = CalendarDate(year: 2025, month: 11, day: 15)

    func run(_ bytes: [UInt8]) {
        switch self {
        case .reader: FuzzStage.read(bytes)
        case .extractor: FuzzStage.extract(bytes)
        case .merge: FuzzStage.merge(bytes)
        case .frontmatter: FuzzStage.editFrontmatter(bytes)
        case .diff: FuzzStage.diffAndPatch(bytes)
        case .pipeline: FuzzTarget.run(bytes)
        }
    }

    /// The input split at its first NUL byte; without one, at the middle.
    static func halves(_ bytes: [UInt8]) -> (String, String) {
        let cut = bytes.firstIndex(of: 0) ?? bytes.count / 2
        let rest = cut < bytes.count && bytes[cut] == 0 ? cut + 1 : cut
        return (String(decoding: bytes[..<cut], as: UTF8.self), String(decoding: bytes[rest...], as: UTF8.self))
    }

    static func read(_ bytes: [UInt8]) {
        guard let text = try? parser.decode(bytes, path: "fuzz.md") else { return }
        _ = try? parser.parse(text: text, path: "fuzz.md", requireDate: false)
    }

    static func extract(_ bytes: [UInt8]) {
        let line = bytes.prefix { $0 != 0x0A }.prefix(512)
        _ = rulesExtractor.extract(ExtractionContext(text: String(decoding: line, as: UTF8.self), referenceDate: day, rules: .shipped))
    }

    static func merge(_ bytes: [UInt8]) {
        let (note, plan) = halves(bytes)
        // Facts are lines as the reader splits them (at "\n" bytes, a CRLF ending dropped): the
        // assembler clamps every fact to one line. Split as characters, "\r\n" is one character
        // and stayed inside a fact, which the merge then wrote as two lines, the second read back
        // as markup (found by `make fuzz`: a fault of the target).
        let facts = NoteText(plan).lines.map(\.content).filter { !$0.isEmpty }.prefix(8).enumerated().map { index, line in
            Fact(text: line, line: 10 + index, about: index % 2 == 0 ? ["Lena Fischer"] : [])
        }
        let attended = plan.utf8.first.map { $0 % 2 == 0 } ?? true
        let record = MeetingRecord(path: "Meetings/2025-10-02 - Sync.md", linkName: "2025-10-02 - Sync",
                                   date: CalendarDate(year: 2025, month: 10, day: 2), title: "Sync",
                                   summary: String(plan.prefix(200)), attendees: attended ? ["Priya Raman", "Lena Fischer"] : ["Priya Raman"],
                                   referenced: attended ? [] : ["Lena Fischer"], facts: facts, topics: ["Rollout"],
                                   mentionSentences: ["Lena Fischer": String(plan.prefix(120))])
        let once = planner.plan(for: "Lena Fischer", records: [record], existingText: note, owner: "Priya Raman", today: day)
        let twice = planner.plan(for: "Lena Fischer", records: [record], existingText: once.text, owner: "Priya Raman", today: day,
                                 previouslyWritten: once.writtenHashes)
        if twice.text != once.text { FileHandle.standardError.write(Data("ONCE<<<\(once.text)>>>\nTWICE<<<\(twice.text)>>>".utf8)); fatalError("a second merge changed the note") }
        // Lines are compared byte for byte, without their "\n" (a CRLF line keeps its "\r"): the
        // bytes the person wrote. The one change allowed is the ending a last line without one
        // gains when lines are added after it, the note's own ("\n" or "\r\n"). Found by
        // `make fuzz`: a last line ending in many "\r" (the same bytes then read as a CRLF line),
        // which the target's old trim of one "\r" from every line took for a lost line.
        func written(_ line: NoteLine) -> String { line.ending == "\r\n" ? line.content + "\r" : line.content }
        var kept: [String: Int] = [:]
        for line in NoteText(once.text).lines { kept[written(line), default: 0] += 1 }
        let original = NoteText(note)
        // The frontmatter as the editor finds it (its fences with trailing whitespace), where the
        // managed keys may change; every other line must survive, an unclosed "---" included.
        let body = original.frontmatterEnd.map { $0 + 1 } ?? 0
        for line in original.lines[body...] {
            if line.content.hasPrefix(settings.footerPrefix) || line.content.contains(settings.unknownValue) { continue }
            var content = written(line)
            if line.ending.isEmpty, kept[content, default: 0] == 0, original.newline == "\r\n" { content += "\r" }
            kept[content, default: 0] -= 1
            if kept[content, default: 0] < 0 { fatalError("the merge lost a line of the note: \(content.debugDescription)") }
        }
    }

    static func editFrontmatter(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        var note = NoteText(text)
        let lines = note.lines
        // The block the reader takes for frontmatter: "---" on the first line, closed by "---" or
        // "...", any trailing whitespace allowed as the reader allows it (a "\r" among trailing
        // tabs included: found by `make fuzz`, a fault of the target, not of the editor).
        func fence(_ line: NoteLine, _ marks: Set<String>) -> Bool {
            marks.contains(String(line.content.reversed().drop { $0.isWhitespace }.reversed()))
        }
        let end = lines.first.map { fence($0, ["---"]) } == true ? (lines.dropFirst().firstIndex { fence($0, ["---", "..."]) } ?? -1) + 1 : 0
        let body = lines[max(0, end)...].map { $0.content + $0.ending }.joined()
        FrontmatterEditor.setDate("last_contact", to: day, in: &note)
        FrontmatterEditor.addIfMissing("company", value: "Northwind Ports", in: &note)
        FrontmatterEditor.addListItems("aliases", items: ["Lena F.", "L. Fischer"], in: &note)
        if end >= 0 && !note.text.hasSuffix(body) { fatalError("the frontmatter editor changed the note's body") }
    }

    static func diffAndPatch(_ bytes: [UInt8]) {
        let (old, new) = halves(bytes)
        let diff = UnifiedDiff(path: "People/Lena Fischer.md", old: old, new: new).render()
        guard let patched = PatchApplier.apply(diff, to: old) else { fatalError("the diff does not apply to the old text:\n\(diff)") }
        if patched != new { fatalError("the patched text differs from the new text") }
    }
}
