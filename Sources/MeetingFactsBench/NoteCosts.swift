import Dispatch
import Foundation
import MeetingFacts

/// `meetingfacts-bench notes DIR…`: what each note costs against its work limits (`NoteLimits`):
/// lines, rule matches, seconds to read and to analyse. Prints the costliest notes and the
/// largest figure of each kind beside the limit, for RELIABILITY.md.
func noteCosts(_ folders: [String]) {
    let rules = RuleSet.shipped
    let limits = NoteLimits(rules: rules)
    let parser = NoteParser(rules: rules)
    let analyzer = NoteAnalyzer(rules: rules)
    let extractor = Extractor(rules: rules)
    var rows: [(path: String, bytes: Int, lines: Int, matches: Int, names: Int, read: Double, analyse: Double)] = []
    for folder in folders {
        let walker = FileManager.default.enumerator(atPath: folder)
        while let relative = walker?.nextObject() as? String {
            guard relative.hasSuffix(".md"), let data = FileManager.default.contents(atPath: folder + "/" + relative) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            var note: MeetingNote?
            let read = seconds { note = try? parser.parse(text: text, path: relative, requireDate: false) }
            guard let note else { continue }
            let date = note.date ?? CalendarDate(year: 2025, month: 10, day: 31)
            var extraction: Extractor.Result?
            let analyse = seconds {
                extraction = extractor.extract(ExtractionContext(text: text, referenceDate: date, rules: rules))
                _ = analyzer.analyze(note, date: date)
            }
            let names = Set(note.declaredAttendees + note.transcriptSpeakers + (extraction?.mentions ?? []).compactMap(\.name)).count
            rows.append((folder + "/" + relative, data.count, NoteParser.lines(of: text).count, extraction?.matches ?? 0, names, read, analyse))
        }
    }
    print("notes: \(rows.count)")
    print("costliest by seconds (read + analyse):")
    for row in rows.sorted(by: { $0.read + $0.analyse > $1.read + $1.analyse }).prefix(5) {
        print(String(format: "  %7d bytes %6d lines %7d matches %4d names  read %.3f s  analyse %.3f s  %@",
                     row.bytes, row.lines, row.matches, row.names, row.read, row.analyse, row.path))
    }
    let most = (lines: rows.map(\.lines).max() ?? 0, matches: rows.map(\.matches).max() ?? 0, names: rows.map(\.names).max() ?? 0,
                read: rows.map(\.read).max() ?? 0, analyse: rows.map(\.analyse).max() ?? 0)
    print("largest lines \(most.lines) (limit \(limits.lines), \(limits.lines / max(1, most.lines))x)")
    print("largest matches \(most.matches) (limit \(limits.matches), \(limits.matches / max(1, most.matches))x)")
    print("largest names \(most.names) (limit \(limits.names), \(limits.names / max(1, most.names))x)")
    print(String(format: "largest read %.3f s, analyse %.3f s (limit %.0f s each, %.0fx)", most.read, most.analyse,
                 limits.seconds, limits.seconds / max(most.read, most.analyse)))
}
