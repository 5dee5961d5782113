import Foundation

/// The gold sidecar of one corpus note (`<note>.gold.json` beside `<note>.md`): every quantity,
/// duration, date, person, company and site a careful reader finds in the note's body, written
/// by hand. Frontmatter is metadata, not text, so neither gold nor predictions count it.
public struct GoldFile: Sendable, Codable {
    /// The meeting date the relative dates were resolved against, when the note does not carry it.
    public var date: String?
    public var mentions: [GoldMention]

    public init(date: String? = nil, mentions: [GoldMention]) {
        self.date = date
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

    /// Every `*.md` under `directory` that has a gold sidecar, sorted by path.
    public static func annotatedNotes(in directory: String) -> [String] {
        var notes: [String] = []
        let walker = FileManager.default.enumerator(atPath: directory)
        while let relative = walker?.nextObject() as? String {
            guard relative.hasSuffix(".md") else { continue }
            let path = (directory as NSString).appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: sidecarPath(ofNote: path)) { notes.append(path) }
        }
        return notes.sorted()
    }
}
