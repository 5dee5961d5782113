/// A person note found in the vault: its path, the name its location gives (by the config's
/// `people` pattern, when it matches), its frontmatter and its text.
public struct PersonNote: Sendable {
    /// Vault-relative path.
    public var path: String
    public var nameFromPath: String?
    public var frontmatter: Frontmatter
    public var text: String

    public init(path: String, nameFromPath: String?, frontmatter: Frontmatter, text: String) {
        self.path = path
        self.nameFromPath = nameFromPath
        self.frontmatter = frontmatter
        self.text = text
    }
}
