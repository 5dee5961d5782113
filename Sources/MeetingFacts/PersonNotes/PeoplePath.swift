import Foundation

/// Where a person's note lives: a vault-relative pattern holding `{name}` — `People/{name}.md`,
/// or `VAST/People/{name}/README.md` for a folder per person. The name is made safe first, so
/// the path never leaves the folder the pattern names.
public struct PeoplePath: Sendable {
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case missingName(String)
        case leavesVault(String)

        public var description: String {
            switch self {
            case let .missingName(pattern): return "people path '\(pattern)' has no {name}"
            case let .leavesVault(pattern): return "people path '\(pattern)' must be vault-relative, without '..'"
            }
        }
    }

    public var pattern: String
    public var fileName: SafeFileName

    public init(pattern: String, fileName: SafeFileName = SafeFileName()) throws(Problem) {
        guard pattern.contains("{name}") else { throw .missingName(pattern) }
        let components = pattern.split(separator: "/", omittingEmptySubsequences: false)
        guard !pattern.hasPrefix("/"), !pattern.contains("\\"),
              !components.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) else { throw .leavesVault(pattern) }
        self.pattern = pattern
        self.fileName = fileName
    }

    /// The folder every person note sits under: the pattern up to the component holding `{name}`.
    public var folder: String {
        let components = pattern.split(separator: "/")
        return components.prefix { !$0.contains("{name}") }.joined(separator: "/")
    }

    public func path(for person: String) -> String {
        pattern.replacingOccurrences(of: "{name}", with: fileName.name(for: person))
    }
}
