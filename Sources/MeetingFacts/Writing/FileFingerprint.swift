import Foundation

/// What a file was when we read it: size, modification time and content hash. Before replacing a
/// note we compare it again, so an edit made meanwhile (by a person or by Obsidian) is never clobbered.
public struct FileFingerprint: Sendable, Equatable, Codable {
    public var size: Int
    /// Modification time in nanoseconds since 1970.
    public var modified: Int64
    public var hash: String

    public init(size: Int, modified: Int64, hash: String) {
        self.size = size
        self.modified = modified
        self.hash = hash
    }

    /// The fingerprint of the file at `path` with `contents` already read; nil when it does not exist.
    public static func of(path: String, contents: Data) -> FileFingerprint? {
        guard let status = FileStatus(path: path) else { return nil }
        return FileFingerprint(size: status.size, modified: status.modified, hash: ContentHash(bytes: contents).description)
    }

    /// Reads and fingerprints the file at `path`; nil when it does not exist or cannot be read.
    public static func read(path: String) -> (data: Data, fingerprint: FileFingerprint)? {
        guard let data = FileManager.default.contents(atPath: path),
              let fingerprint = of(path: path, contents: data) else { return nil }
        return (data, fingerprint)
    }
}

/// `stat()` of a path without following a final symlink: size, mtime, type. Ten times cheaper
/// than FileManager's attributes, which matters for a no-op run over thousands of notes.
public struct FileStatus: Sendable, Equatable {
    public var size: Int
    public var modified: Int64
    public var isRegularFile: Bool
    public var isDirectory: Bool
    public var isSymbolicLink: Bool

    public init?(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// The entry `name` of the open folder `folder` (a descriptor): no walk of the whole path,
    /// which halves the cost of listing a large vault.
    public init?(in folder: Int32, name: String) {
        var info = stat()
        guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        self.init(info)
    }

    private init(_ info: stat) {
        size = Int(info.st_size)
        modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        let type = info.st_mode & S_IFMT
        isRegularFile = type == S_IFREG
        isDirectory = type == S_IFDIR
        isSymbolicLink = type == S_IFLNK
    }
}
