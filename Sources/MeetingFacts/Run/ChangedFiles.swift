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
    }

    /// The listing's `stat` of a file, nil when it is not in the vault.
    func file(_ path: String) -> VaultFile? { byPath[path] }

    /// The state of a file as this run saw it, to compare against next time.
    func state(of path: String, kind: NoteState.Kind) -> NoteState? {
        guard let file = byPath[path] else { return nil }
        return NoteState(path: path, kind: kind, size: file.size, modified: file.modified, hash: "")
    }
}
