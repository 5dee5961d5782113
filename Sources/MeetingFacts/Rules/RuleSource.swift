import Foundation

/// The text of one rule file and the path used in its diagnostics.
public struct RuleSource: Sendable {
    /// Path relative to its rules folder, e.g. `quantity/data-rate.yml`.
    public var relativePath: String
    /// Path printed in diagnostics: `rules/…` for shipped rules, the real path for a folder given by the user.
    public var displayPath: String
    public var contents: String

    public init(relativePath: String, displayPath: String, contents: String) {
        self.relativePath = relativePath
        self.displayPath = displayPath
        self.contents = contents
    }

    /// The rule files compiled into the binary (every file of the package's rules/ folder).
    public static var shipped: [RuleSource] {
        EmbeddedRuleFiles.all.map { RuleSource(relativePath: $0.path, displayPath: "rules/" + $0.path, contents: $0.contents) }
    }

    /// Every file below `directory`, sorted by path. Unreadable files become diagnostics.
    public static func directory(_ directory: String) throws(Diagnostic) -> [RuleSource] {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Diagnostic(at: SourceLocation(path: directory, line: 0), "rules folder not found")
        }
        var sources: [RuleSource] = []
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
            guard !relative.hasPrefix(".") else { continue }
            guard let data = FileManager.default.contents(atPath: url.path),
                  let text = String(data: data, encoding: .utf8) else {
                throw Diagnostic(at: SourceLocation(path: url.path, line: 0), "cannot read rule file as UTF-8")
            }
            let display = (directory as NSString).appendingPathComponent(relative)
            sources.append(RuleSource(relativePath: relative, displayPath: display, contents: text))
        }
        return sources.sorted { $0.relativePath < $1.relativePath }
    }

    /// Shipped files overlaid by a user folder: a file with the same relative path replaces the shipped one.
    public static func merged(shipped: [RuleSource], extra: [RuleSource]) -> [RuleSource] {
        var byPath = Dictionary(shipped.map { ($0.relativePath, $0) }, uniquingKeysWith: { first, _ in first })
        for source in extra { byPath[source.relativePath] = source }
        return byPath.values.sorted { $0.relativePath < $1.relativePath }
    }
}
