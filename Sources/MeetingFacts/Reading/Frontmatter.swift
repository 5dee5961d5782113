import Yams

/// The YAML block between `---` lines at the top of a note: its raw lines, kept so nothing the
/// author wrote is lost, and its mapping. Values are read as written: `date: 2025-10-31` is the
/// string "2025-10-31", never a timestamp shifted by a time zone.
public struct Frontmatter: Sendable {
    /// The lines between the fences, without the fences.
    public var rawLines: [String]
    /// The top-level mapping, keys in file order; empty when the block is empty.
    public var mapping: FrontmatterValue
    /// Lines the block takes in the file, fences included; 0 when the note has none.
    public var lineCount: Int

    public static let empty = Frontmatter(rawLines: [], mapping: .mapping([]), lineCount: 0)

    /// Splits `lines` (the whole note) into frontmatter and the rest. A note without an opening
    /// `---` on its first line has no frontmatter; an opening fence never closed, or YAML that does
    /// not parse, is a problem at its line in the note.
    public static func read(lines: [Substring], path: String) throws(Diagnostic) -> Frontmatter {
        guard let first = lines.first, first.trimmingTrailingWhitespace() == "---" else { return .empty }
        guard let closing = lines.dropFirst().firstIndex(where: { $0.trimmingTrailingWhitespace() == "---" || $0.trimmingTrailingWhitespace() == "..." }) else {
            throw ReadingProblem.unclosedFrontmatter.diagnostic(path: path, line: 1)
        }
        let rawLines = lines[1..<closing].map(String.init)
        let yaml = rawLines.joined(separator: "\n")
        // Refused before composing: a tree of aliases to aliases expands exponentially when walked.
        if let use = YAMLAnchorFinder.firstUse(in: yaml) {
            throw ReadingProblem.yamlAnchor(use.written).diagnostic(path: path, line: use.line + 1)
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw ReadingProblem.brokenFrontmatter(yamlMessage(error)).diagnostic(path: path, line: yamlLine(error) + 1)
        } catch {
            throw ReadingProblem.brokenFrontmatter(String(describing: error)).diagnostic(path: path, line: 2)
        }
        let mapping: FrontmatterValue
        switch node {
        case nil: mapping = .mapping([])
        case let .mapping(found)?: mapping = FrontmatterValue(.mapping(found))
        case let .scalar(scalar)? where scalar.string.isEmpty: mapping = .mapping([])
        default: throw ReadingProblem.frontmatterNotAMapping.diagnostic(path: path, line: 2)
        }
        return Frontmatter(rawLines: rawLines, mapping: mapping, lineCount: closing + 1)
    }

    /// The node at a key path such as `["entities", "people"]`.
    public func node(_ keys: String...) -> FrontmatterValue? { node(at: keys) }

    public func node(at keys: [String]) -> FrontmatterValue? {
        var current: FrontmatterValue? = mapping
        for key in keys {
            guard let found = current?[key] else { return nil }
            current = found
        }
        return current
    }

    /// The text of a scalar value, trimmed; nil when absent, empty or not a scalar.
    public func string(_ keys: String...) -> String? {
        guard let scalar = node(at: keys)?.scalarText?.trimmingWhitespace(), !scalar.isEmpty else { return nil }
        return scalar
    }

    /// A list of scalars, or a single scalar as a one-element list (a comma-free `topics: Cloud`).
    public func strings(_ keys: String...) -> [String] {
        Frontmatter.scalars(in: node(at: keys))
    }

    static func scalars(in node: FrontmatterValue?) -> [String] {
        switch node {
        case let .scalar(scalar)?:
            let text = scalar.trimmingWhitespace()
            return text.isEmpty ? [] : [text]
        case let .sequence(sequence)?:
            return sequence.flatMap { scalars(in: $0) }
        default:
            return []
        }
    }

    /// The YAML line to point at: where the broken construct began (libyaml's context mark, e.g.
    /// the unclosed `[`), else where the parser noticed.
    private static func yamlLine(_ error: YamlError) -> Int {
        switch error {
        case let .scanner(context, _, mark, _), let .parser(context, _, mark, _), let .composer(context, _, mark, _):
            return max(1, context?.mark.line ?? mark.line)
        default:
            return 1
        }
    }

    private static func yamlMessage(_ error: YamlError) -> String {
        switch error {
        case let .scanner(context, problem, _, _), let .parser(context, problem, _, _), let .composer(context, problem, _, _):
            return [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        case let .duplicatedKeysInMapping(duplicates, _):
            // Yams' own text spans several lines and quotes the YAML; a diagnostic is one line.
            return "duplicate key " + duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
        default:
            return String(describing: error)
        }
    }
}
