import Foundation

/// Walks a vault and sorts its Markdown files. A meeting note has frontmatter `type: meeting` or
/// `type: transcript` (or the tag `type/meeting`), or lies under a configured meetings folder; a
/// person note has `type: people` (or `person`) or lies where the config's `people` pattern puts
/// person notes — unless its file name is dated and it holds a meeting (a transcript, a summary
/// or action items): a 1:1 filed under the person is a meeting note. Everything else is ignored. Hidden folders (`.obsidian`, `.git`, `.trash`) are
/// skipped, and a symbolic link is followed only when its target is inside the vault.
public struct VaultScanner: Sendable {
    public var root: URL
    public var config: VaultConfig
    public var parser: NoteParser

    private static let meetingTypes: Set<String> = ["meeting", "transcript"]
    private static let personTypes: Set<String> = ["people", "person"]

    public init(root: URL, config: VaultConfig = VaultConfig(), parser: NoteParser = NoteParser()) {
        self.root = root
        self.config = config
        self.parser = parser
    }

    public func scan() -> VaultScan {
        var scan = VaultScan()
        let realRoot = root.resolvingSymlinksInPath().standardizedFileURL.path
        for relativePath in markdownFiles(realRoot: realRoot, scan: &scan) {
            classify(relativePath, into: &scan)
        }
        return scan
    }

    /// Reads and sorts only the given vault-relative paths: an incremental run's new or changed files.
    public func scan(paths: [String]) -> VaultScan {
        var scan = VaultScan()
        for relativePath in paths { classify(relativePath, into: &scan) }
        return scan
    }

    /// Vault-relative paths of `.md` files, sorted; links leading out of the vault are reported.
    private func markdownFiles(realRoot: String, scan: inout VaultScan) -> [String] {
        let keys: [URLResourceKey] = [.isSymbolicLinkKey, .isRegularFileKey, .isDirectoryKey]
        guard let enumerator = FileManager.default.enumerator(at: URL(fileURLWithPath: realRoot), includingPropertiesForKeys: keys,
                                                              options: [.skipsHiddenFiles]) else { return [] }
        var paths: [String] = []
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: Set(keys))
            let relative = VaultScanner.relativePath(of: url.standardizedFileURL.path, under: realRoot)
            if values?.isSymbolicLink == true {
                let target = url.resolvingSymlinksInPath().standardizedFileURL.path
                guard target == realRoot || target.hasPrefix(realRoot + "/") else {
                    scan.diagnostics.append(Diagnostic(.warning, at: SourceLocation(path: relative, line: 1),
                                                       ReadingProblem.symlinkOutsideVault(target).message))
                    enumerator.skipDescendants()
                    continue
                }
                var isDirectory: ObjCBool = false
                // A link to a folder inside the vault is not descended: the folder is walked where it is.
                if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue { continue }
            } else if values?.isRegularFile != true {
                continue
            }
            if relative.lowercased().hasSuffix(".md") { paths.append(relative) }
        }
        return paths.sorted()
    }

    private func classify(_ relativePath: String, into scan: inout VaultScan) {
        let url = root.appendingPathComponent(relativePath)
        let text: String
        let frontmatter: Frontmatter
        do {
            text = try parser.readText(fileAt: url, path: relativePath)
            frontmatter = try Frontmatter.read(lines: parser.checkedLines(of: text, path: relativePath), path: relativePath)
        } catch {
            scan.diagnostics.append(error)
            return
        }
        let type = frontmatter.string("type")?.lowercased()
        let tags = Set(frontmatter.strings("tags").map { $0.lowercased() })
        let personName = config.personName(forPath: relativePath)
        let isPerson = type.map(VaultScanner.personTypes.contains) ?? false || tags.contains("type/people") || tags.contains("type/person")
        let isMeeting = type.map(VaultScanner.meetingTypes.contains) ?? false || tags.contains("type/meeting") || tags.contains("type/transcript")
        if isPerson || (!isMeeting && personName != nil) {
            // "People/Dana White/2025-10-03 - 1on1.md", tagged type/people: a meeting all the same.
            if NoteFileName(String(relativePath.split(separator: "/").last ?? "")).date != nil,
               let note = try? parser.parse(text: text, path: relativePath), note.holdsAMeeting {
                scan.meetingNotes.append(note)
                return
            }
            scan.personNotes.append(PersonNote(path: relativePath, nameFromPath: personName, frontmatter: frontmatter, text: text))
        } else if isMeeting || config.isMeetingPath(relativePath) {
            do {
                scan.meetingNotes.append(try parser.parse(text: text, path: relativePath))
            } catch {
                scan.diagnostics.append(error)
            }
        } else {
            scan.ignored.append(relativePath)
        }
    }

    static func relativePath(of path: String, under root: String) -> String {
        path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }
}
