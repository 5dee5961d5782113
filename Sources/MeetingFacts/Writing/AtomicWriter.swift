import Foundation

/// Writes files inside one vault so that a reader (Obsidian, a sync client, a crash) only ever sees
/// the old or the new content: a hidden temp file in the same folder, fsync, a last check that the
/// original is unchanged since it was read, rename, fsync of the folder.
public struct AtomicWriter: Sendable {
    /// The vault root, resolved (no symlinks).
    public let root: String

    public init(vaultRoot: String) {
        root = URL(fileURLWithPath: vaultRoot).resolvingSymlinksInPath().path
    }

    /// Writes `contents` at vault-relative `relativePath`. `expected` is the fingerprint read
    /// before planning (nil for a file we believe does not exist).
    public func write(_ contents: Data, to relativePath: String, expected: FileFingerprint?) throws(WriteError) {
        let path = try resolve(relativePath)
        let folder = (path as NSString).deletingLastPathComponent
        try makeFolders(folder, display: relativePath)
        let name = (path as NSString).lastPathComponent
        let temporary = (folder as NSString).appendingPathComponent(".\(name).meetingfacts-\(getpid()).tmp")

        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .system(path: relativePath, operation: "create temp file", errno: errno) }
        var failure: WriteError?
        contents.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = .system(path: relativePath, operation: "write", errno: errno)
                    return
                }
                offset += written
            }
        }
        if failure == nil && fsync(descriptor) != 0 { failure = .system(path: relativePath, operation: "fsync", errno: errno) }
        close(descriptor)
        if let failure {
            unlink(temporary)
            throw failure
        }
        // The last moment to notice an edit made while we planned.
        if let problem = changedSinceRead(path, relativePath: relativePath, expected: expected) {
            unlink(temporary)
            throw problem
        }
        if rename(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            throw .system(path: relativePath, operation: "rename", errno: code)
        }
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Removes the file at vault-relative `relativePath` — only while it is still exactly as read
    /// (`expected`): a note edited since is kept and the removal reported.
    public func remove(_ relativePath: String, expected: FileFingerprint) throws(WriteError) {
        let path = try resolve(relativePath)
        if let problem = changedSinceRead(path, relativePath: relativePath, expected: expected) { throw problem }
        guard unlink(path) == 0 else { throw .system(path: relativePath, operation: "remove", errno: errno) }
        let folderDescriptor = open((path as NSString).deletingLastPathComponent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// The absolute path for `relativePath`, refused when it would leave the vault — through `..`,
    /// an absolute path, or a symlinked folder on the way.
    public func resolve(_ relativePath: String) throws(WriteError) -> String {
        let components = relativePath.split(separator: "/", omittingEmptySubsequences: true)
        guard !relativePath.hasPrefix("/"), !components.contains(where: { $0 == ".." || $0 == "." }), !components.isEmpty else {
            throw .outsideVault(path: relativePath)
        }
        var current = root
        for component in components {
            current = (current as NSString).appendingPathComponent(String(component))
            if let status = FileStatus(path: current), status.isSymbolicLink {
                throw .outsideVault(path: relativePath)
            }
        }
        return current
    }

    private func makeFolders(_ folder: String, display: String) throws(WriteError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .system(path: display, operation: "create folder", errno: errno == 0 ? EIO : errno)
        }
    }

    private func changedSinceRead(_ path: String, relativePath: String, expected: FileFingerprint?) -> WriteError? {
        guard let expected else {
            return FileStatus(path: path) == nil ? nil : .appearedSinceRead(path: relativePath)
        }
        guard let status = FileStatus(path: path) else { return .changedSinceRead(path: relativePath) }
        if status.size != expected.size || status.modified != expected.modified {
            return .changedSinceRead(path: relativePath)
        }
        guard let data = FileManager.default.contents(atPath: path),
              ContentHash(bytes: data).description == expected.hash else {
            return .changedSinceRead(path: relativePath)
        }
        return nil
    }
}
