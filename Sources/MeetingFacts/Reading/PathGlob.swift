/// A vault-relative path pattern from the config: `*` any run of characters but `/`, `**` any run
/// of folders, `?` one character. A pattern naming a folder also matches everything under it.
public struct PathGlob: Sendable, Equatable {
    public var pattern: String
    private var parts: [Substring]

    public init(_ pattern: String) {
        var trimmed = Substring(pattern)
        while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
        while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        self.pattern = String(trimmed)
        parts = trimmed.split(separator: "/", omittingEmptySubsequences: true)
    }

    /// Whether `path` (vault-relative, `/`-separated) or one of its folders matches.
    public func matches(_ path: String) -> Bool {
        let components = path.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.isEmpty else { return false }
        for length in stride(from: components.count, through: 1, by: -1) where PathGlob.match(parts[...], components[..<length]) {
            return true
        }
        return false
    }

    private static func match(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<Substring>) -> Bool {
        guard let head = pattern.first else { return path.isEmpty }
        if head == "**" {
            for skip in 0...path.count where match(pattern.dropFirst(), path.dropFirst(skip)) { return true }
            return false
        }
        guard let component = path.first, matchComponent(Array(head)[...], Array(component)[...]) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    private static func matchComponent(_ pattern: ArraySlice<Character>, _ name: ArraySlice<Character>) -> Bool {
        guard let head = pattern.first else { return name.isEmpty }
        switch head {
        case "*":
            for skip in 0...name.count where matchComponent(pattern.dropFirst(), name.dropFirst(skip)) { return true }
            return false
        case "?":
            return !name.isEmpty && matchComponent(pattern.dropFirst(), name.dropFirst())
        default:
            return name.first == head && matchComponent(pattern.dropFirst(), name.dropFirst())
        }
    }
}
