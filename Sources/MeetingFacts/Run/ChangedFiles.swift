/// Step 1 of a run: which vault files changed since the last run, from one stat each. A file is
/// read only when it is new or changed, named on the command line, or a meeting note (or a note
/// that failed, to report it again) of a run that redoes every meeting (`--full`, or rules,
/// template or config changed).
struct ChangedFiles {
    /// Every Markdown file of the vault, with its stat.
    var listing: [VaultFile]
    /// The files to read now.
    var changed: [VaultFile]
    /// Files the state knows that are gone.
    var removed: [String]
    var present: Set<String>
    var diagnostics: [Diagnostic]
    private var byPath: [String: VaultFile]

    init(root: String, seen: [String: NoteState], explicit: Set<String>, rerunAll: Bool) {
        let listed = VaultFile.list(root: root)
        listing = listed.files
        diagnostics = listed.diagnostics
        present = Set(listing.map(\.path))
        byPath = Dictionary(listing.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let present = self.present
        removed = seen.keys.filter { !present.contains($0) }.sorted()
        changed = listing.filter { file in
            if !explicit.isEmpty { return explicit.contains(file.path) }
            guard let known = seen[file.path] else { return true }
            if rerunAll && (known.kind == .meeting || known.kind == .error) { return true }
            return known.size != file.size || known.modified != file.modified
        }
        if explicit.isEmpty { changed += ChangedFiles.sameDay(as: changed, removed: removed, seen: seen, listing: listing) }
    }

    /// Meeting notes read before that share a date with a changed, new or removed one: an edit can
    /// split a group of copies of one meeting or join one, and a group is only regrouped, and its
    /// canonical note chosen again, with all its notes read — as a `--full` run reads them (found
    /// by `make soak`: an edited copy left the other copies without a Recent Context line until a
    /// full run). The date of a new note is the one its file name begins with.
    private static func sameDay(as changed: [VaultFile], removed: [String], seen: [String: NoteState],
                                listing: [VaultFile]) -> [VaultFile] {
        var dates = Set<String>()
        for path in changed.map(\.path) + removed {
            if let known = seen[path], known.kind == .meeting, !known.date.isEmpty { dates.insert(known.date) }
            let name = path.split(separator: "/").last.map(String.init) ?? path
            if name.utf8.count >= 10, CalendarDate(iso: name.prefix(10)) != nil { dates.insert(String(name.prefix(10))) }
        }
        guard !dates.isEmpty else { return [] }
        let chosen = Set(changed.map(\.path))
        return listing.filter { file in
            guard !chosen.contains(file.path), let known = seen[file.path], known.kind == .meeting else { return false }
            return dates.contains(known.date)
        }
    }

    /// The listing's `stat` of a file, nil when it is not in the vault.
    func file(_ path: String) -> VaultFile? { byPath[path] }

    /// The state of a file as this run saw it, to compare against next time.
    func state(of path: String, kind: NoteState.Kind) -> NoteState? {
        guard let file = byPath[path] else { return nil }
        return NoteState(path: path, kind: kind, size: file.size, modified: file.modified, hash: "")
    }
}
