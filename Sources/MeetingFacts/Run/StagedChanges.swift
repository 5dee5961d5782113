import Foundation

/// The person-note changes of one run, held until the end: each file's original (with the
/// fingerprint that guards its replacement) and its final text, in the order first staged.
struct StagedChanges {
    struct Change {
        var path: String
        /// The file as read (nil for a new file).
        var original: (text: String, fingerprint: FileFingerprint)?
        var text: String
        /// The note goes (a variant note merged away); `text` is empty.
        var removed = false
    }

    let root: String
    private(set) var changes: [Change] = []
    private var index: [String: Int] = [:]
    private var originals: [String: (text: String, fingerprint: FileFingerprint)?] = [:]

    init(root: String) {
        self.root = root
    }

    /// The text of `path` as this run sees it: staged if changed earlier in the run, else read from disk.
    mutating func text(of path: String) -> String? {
        if let position = index[path] { return changes[position].removed ? nil : changes[position].text }
        return original(of: path)?.text
    }

    mutating func stage(_ path: String, _ text: String) {
        if let position = index[path] {
            changes[position].text = text
            changes[position].removed = false
        } else {
            index[path] = changes.count
            changes.append(Change(path: path, original: original(of: path), text: text))
        }
    }

    /// Stages the removal of a file that exists.
    mutating func remove(_ path: String) {
        guard original(of: path) != nil else { return }
        stage(path, "")
        changes[index[path]!].removed = true
    }

    /// Reads the originals of `paths` not read yet, in parallel: planning then finds them in memory.
    mutating func preload(_ paths: [String], workers: Int?) {
        let wanted = paths.filter { originals[$0] == nil && index[$0] == nil }
        let root = root
        let read = ParallelWork.map(wanted.count, workers: workers) { position in
            FileFingerprint.read(path: root + "/" + wanted[position]).map { (String(decoding: $0.data, as: UTF8.self), $0.fingerprint) }
        }
        for (path, original) in zip(wanted, read) { originals[path] = original }
    }

    private mutating func original(of path: String) -> (text: String, fingerprint: FileFingerprint)? {
        if let known = originals[path] { return known }
        let read = FileFingerprint.read(path: root + "/" + path).map { (String(decoding: $0.data, as: UTF8.self), $0.fingerprint) }
        originals[path] = read
        return read
    }
}
