/// What a rule's every match must contain — one of `atoms` — and how far before that atom the
/// match may start, so the anchored engine runs the rule's pattern only near the atoms' hits
/// instead of over the whole text. Derived from the pattern at load time, or written by the rule's
/// author (`anchor:`).
public struct RuleAnchor: Sendable, Hashable {
    public var atoms: [AnchorAtom]
    /// Most bytes between a match's start and the start of the atom it contains; nil when the
    /// pattern puts no bound there (the window then reaches back to the start of the line, or
    /// `fallbackBefore` bytes when the match may cross lines).
    public var before: Int?
    /// True when the text before the atom cannot hold a line break, so a match starts on the
    /// atom's own line.
    public var staysOnLine: Bool
    public var origin: Origin

    public enum Origin: String, Sendable, Hashable {
        /// Found in the rule's pattern by `AnchorDeriver`.
        case derived
        /// Written in the rule file (`anchor:`), or read from its `trigger:`.
        case authored
    }

    /// Bytes a window reaches back when nothing else bounds it.
    public static let fallbackBefore = 64

    public init(atoms: [AnchorAtom], before: Int?, staysOnLine: Bool, origin: Origin) {
        self.atoms = atoms
        self.before = before
        self.staysOnLine = staysOnLine
        self.origin = origin
    }

    /// Estimated hits per byte of text: lower is a better anchor.
    public var estimatedFrequency: Double { atoms.reduce(0) { $0 + $1.estimatedFrequency } }

    public var summary: String {
        let shown = atoms.prefix(6).map(\.description).joined(separator: " | ") + (atoms.count > 6 ? " | … (\(atoms.count))" : "")
        let reach = before.map { "\($0) bytes" } ?? (staysOnLine ? "line start" : "\(RuleAnchor.fallbackBefore) bytes (default)")
        return "\(origin.rawValue) \(shown), window back to \(reach)"
    }
}
