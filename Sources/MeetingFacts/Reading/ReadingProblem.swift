/// Every way a file can fail to become a meeting note or a person note. Messages are built here
/// only, so the wording is the same wherever a problem is found.
public enum ReadingProblem: Sendable, Equatable {
    case unreadable(String)
    case tooLarge(bytes: Int, limit: Int)
    case nulByte
    case invalidUTF8
    case binary
    case unclosedFrontmatter
    case brokenFrontmatter(String)
    case frontmatterNotAMapping
    /// A YAML anchor or alias in frontmatter, as written (`alias '*a'`).
    case yamlAnchor(String)
    /// A note past one of its work limits (`NoteLimits`): what and which limit.
    case overLimit(String)
    case noDate
    case unreadableConfig(String)
    case symlinkOutsideVault(String)

    public var message: String {
        switch self {
        case let .unreadable(reason): return "cannot read file: \(reason)"
        case let .tooLarge(bytes, limit): return "note is \(bytes) bytes, over the \(limit)-byte limit; skipped"
        case .nulByte: return "NUL byte in a text note; skipped"
        case .invalidUTF8: return "invalid UTF-8; skipped"
        case .binary: return "binary file named .md; skipped"
        case .unclosedFrontmatter: return "frontmatter opened with --- is never closed; skipped"
        case let .brokenFrontmatter(detail): return "broken YAML frontmatter: \(detail); skipped"
        case .frontmatterNotAMapping: return "frontmatter is not a key: value mapping; skipped"
        case let .overLimit(detail): return "\(detail); skipped"
        case let .yamlAnchor(written): return "YAML \(written): anchors and aliases are not supported in properties; skipped"
        case .noDate: return "no date in the frontmatter, the file name or the title; skipped "
            + "(add `date: YYYY-MM-DD` to the frontmatter, or start the file name with the date: `YYYY-MM-DD - Title.md`)"
        case let .unreadableConfig(detail): return "bad vault config: \(detail)"
        case let .symlinkOutsideVault(target): return "symbolic link points outside the vault (\(target)); not followed"
        }
    }

    public func diagnostic(path: String, line: Int) -> Diagnostic {
        Diagnostic(at: SourceLocation(path: path, line: line), message)
    }
}
