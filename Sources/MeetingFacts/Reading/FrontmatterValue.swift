import Yams

/// A frontmatter value as written: a scalar's text (never a typed date or number), a list, or a
/// mapping with its keys in file order.
public indirect enum FrontmatterValue: Sendable, Equatable {
    case scalar(String)
    case sequence([FrontmatterValue])
    case mapping([Entry])

    public struct Entry: Sendable, Equatable {
        public var key: String
        public var value: FrontmatterValue
    }

    init(_ node: Node) {
        switch node {
        case let .scalar(scalar): self = .scalar(scalar.string)
        case let .sequence(sequence): self = .sequence(sequence.map(FrontmatterValue.init))
        case let .mapping(mapping): self = .mapping(mapping.map { Entry(key: $0.key.scalar?.string ?? "", value: FrontmatterValue($0.value)) })
        case let .alias(alias): self = .scalar(alias.anchor.rawValue)
        }
    }

    /// The value under `key` when this is a mapping (the first, if a key repeats).
    public subscript(key: String) -> FrontmatterValue? {
        guard case let .mapping(entries) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }

    public var scalarText: String? {
        if case let .scalar(text) = self { return text }
        return nil
    }
}
