import Foundation

/// The gold of one annotated note, written by hand: every quantity, duration, date, person, company
/// and site a careful reader finds in the note's body. Two shapes:
///
/// - a sidecar `<note>.gold.json` beside `<note>.md` (our own corpus notes), whose mentions name
///   their surface and line;
/// - a gold file that names its note by path (`note`, relative to the gold file's folder), for
///   notes we may read but not copy (`../shared/data/vault-sample`): its mentions give a line and
///   byte columns only, never the note's text.
///
/// Frontmatter is metadata, not text, so neither gold nor predictions in it count.
public struct GoldFile: Sendable, Codable {
    /// The meeting date the relative dates were resolved against, when the note does not carry it.
    public var date: String?
    /// The note this gold annotates, relative to the gold file's folder (absent for a sidecar).
    public var note: String?
    /// The lines the gold covers, `[first, last]` 1-based inclusive; predictions outside are not
    /// scored (a note's summary annotated, its raw transcript left out). Absent: the whole body.
    public var lines: [Int]?
    /// The kinds the gold annotates; predictions of other kinds are not scored. Absent: every kind.
    public var kinds: [MentionKind]?
    public var mentions: [GoldMention]

    public init(date: String? = nil, note: String? = nil, lines: [Int]? = nil, kinds: [MentionKind]? = nil, mentions: [GoldMention]) {
        self.date = date
        self.note = note
        self.lines = lines
        self.kinds = kinds
        self.mentions = mentions
    }

    public static let suffix = ".gold.json"

    /// The sidecar path of a note path (`a/b.md` → `a/b.gold.json`).
    public static func sidecarPath(ofNote notePath: String) -> String {
        String(notePath.dropLast(3)) + suffix
    }

    public static func load(from path: String) throws -> GoldFile {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try JSONDecoder().decode(GoldFile.self, from: data)
    }

    /// Whether a 1-based line is inside the annotated region.
    public func covers(line: Int) -> Bool {
        guard let lines, lines.count == 2 else { return true }
        return line >= lines[0] && line <= lines[1]
    }

    /// One annotated note of a folder: the gold file and the note it scores.
    public struct Entry: Sendable, Equatable {
        public var goldPath: String
        public var notePath: String
    }

    /// Every gold file under `directory` with its note, sorted by gold path: sidecars of `*.md`
    /// files, and gold files naming their note by path (the note need not exist; the evaluation
    /// reports it).
    public static func entries(in directory: String) -> [Entry] {
        var entries: [Entry] = []
        let walker = FileManager.default.enumerator(atPath: directory)
        while let relative = walker?.nextObject() as? String {
            guard relative.hasSuffix(suffix) else { continue }
            let goldPath = (directory as NSString).appendingPathComponent(relative)
            let sidecarNote = String(goldPath.dropLast(suffix.count)) + ".md"
            if FileManager.default.fileExists(atPath: sidecarNote) {
                entries.append(Entry(goldPath: goldPath, notePath: sidecarNote))
            } else if let gold = try? load(from: goldPath), let note = gold.note {
                let folder = (goldPath as NSString).deletingLastPathComponent
                let base = URL(fileURLWithPath: folder, isDirectory: true).absoluteURL
                let notePath = (note.hasPrefix("/") ? URL(fileURLWithPath: note) : base.appendingPathComponent(note)).standardizedFileURL.path
                entries.append(Entry(goldPath: goldPath, notePath: notePath))
            }
        }
        return entries.sorted { $0.goldPath < $1.goldPath }
    }

    /// Every `*.md` under `directory` that has a gold sidecar, sorted by path.
    public static func annotatedNotes(in directory: String) -> [String] {
        entries(in: directory).filter { $0.goldPath == sidecarPath(ofNote: $0.notePath) }.map(\.notePath)
    }
}
