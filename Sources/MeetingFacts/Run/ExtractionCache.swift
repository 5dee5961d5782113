import Foundation

/// Extraction results kept in the run state between runs, so a `--full` run (or a note whose
/// file was touched but whose text is unchanged) skips the extraction of meetings whose text,
/// date and rules are unchanged. Each entry is keyed by a hash of everything extraction reads:
/// the note's text, its reference date, the date order, the rules' fingerprint, and the identity
/// of the running executable (a rebuilt engine may find other mentions in the same text). Any of
/// them changed, the key differs and the note is extracted again.
struct ExtractionCache: Sendable {
    /// The key of each cached entry, by note path.
    private let keys: [String: String]
    private let rulesFingerprint: String
    private let monthFirst: Bool
    private let load: @Sendable (String) -> Data?

    /// `load`: the stored entry of a path, fetched only for a path whose key matches.
    init(keys: [String: String], rulesFingerprint: String, monthFirst: Bool, load: @escaping @Sendable (String) -> Data?) {
        self.keys = keys
        self.rulesFingerprint = rulesFingerprint
        self.monthFirst = monthFirst
        self.load = load
    }

    /// A cache that holds nothing and keeps nothing: a dry run, or a state that cannot be read.
    static let disabled = ExtractionCache(keys: [:], rulesFingerprint: "", monthFirst: true, load: { _ in nil })

    var isDisabled: Bool { rulesFingerprint.isEmpty }

    /// The key of `note`'s extraction against `date`.
    func key(of note: MeetingNote, date: CalendarDate) -> String {
        var hash = ContentHash()
        hash.update(ExtractionCache.engineIdentity)
        hash.update("\u{0}\(rulesFingerprint)\u{0}\(date.iso)\u{0}\(monthFirst)\u{0}\(note.text.utf8.count)\u{0}")
        hash.update(note.text)
        return hash.description
    }

    /// The stored bytes for `key` at `path` (a `CachedExtraction`), nil when there are none.
    func data(path: String, key: String) -> Data? {
        guard !isDisabled, keys[path] == key else { return nil }
        return load(path)
    }

    /// The running executable's size and modification time: a rebuilt meetingfacts never reads
    /// what an earlier build extracted.
    static let engineIdentity: String = {
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
        guard let status = FileStatus(path: URL(fileURLWithPath: path).resolvingSymlinksInPath().path) else { return path }
        return "\(path)\u{0}\(status.size)\u{0}\(status.modified)"
    }()
}
