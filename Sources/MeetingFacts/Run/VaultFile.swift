/// A Markdown file of the vault as the run sees it before reading: its path and `stat()`.
public struct VaultFile: Sendable, Equatable {
    /// Vault-relative path.
    public var path: String
    public var size: Int
    public var modified: Int64

    public init(path: String, size: Int, modified: Int64) {
        self.path = path
        self.size = size
        self.modified = modified
    }

    /// Lists every `.md` file below `root` with one `lstat` each, skipping hidden folders
    /// (`.obsidian`, `.git`, `.meetingfacts`) and never following a symlink out of the vault.
    /// Cheap enough that a no-op run over 10,000 notes is a walk and a comparison.
    public static func list(root: String) -> (files: [VaultFile], diagnostics: [Diagnostic]) {
        var files: [VaultFile] = []
        var diagnostics: [Diagnostic] = []
        let realRoot = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        var stack = [""]
        while let folder = stack.popLast() {
            let absolute = folder.isEmpty ? realRoot : realRoot + "/" + folder
            guard let directory = opendir(absolute) else { continue }
            defer { closedir(directory) }
            let descriptor = dirfd(directory)
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                guard !name.hasPrefix(".") else { continue }
                let relative = folder.isEmpty ? name : folder + "/" + name
                let full = realRoot + "/" + relative
                guard let status = FileStatus(in: descriptor, name: name) else { continue }
                if status.isSymbolicLink {
                    let target = URL(fileURLWithPath: full).resolvingSymlinksInPath().path
                    guard target.hasPrefix(realRoot + "/") else {
                        diagnostics.append(Diagnostic(.warning, at: SourceLocation(path: relative, line: 1),
                                                      "symbolic link points outside the vault; not followed"))
                        continue
                    }
                    // A link inside the vault: its target is walked where it is.
                    continue
                }
                if status.isDirectory {
                    stack.append(relative)
                } else if status.isRegularFile && name.lowercased().hasSuffix(".md") {
                    files.append(VaultFile(path: relative, size: status.size, modified: status.modified))
                } else if name.lowercased().hasSuffix(".md") {
                    // A FIFO, socket or device named like a note: reading it could block forever.
                    diagnostics.append(Diagnostic(.warning, at: SourceLocation(path: relative, line: 1),
                                                  "not a regular file; skipped"))
                }
            }
        }
        return (files.sorted { $0.path < $1.path }, diagnostics)
    }
}

import Foundation
