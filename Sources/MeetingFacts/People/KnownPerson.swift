/// A person the vault already knows: a person note's name, aliases, email, company and role.
public struct KnownPerson: Sendable, Equatable, Codable {
    public var name: String
    public var aliases: [String]
    public var email: String?
    public var company: String?
    public var role: String?
    /// Vault-relative path of the person note, when there is one.
    public var notePath: String?

    public init(name: String, aliases: [String] = [], email: String? = nil, company: String? = nil, notePath: String? = nil,
                role: String? = nil) {
        self.name = name
        self.aliases = aliases
        self.email = email
        self.company = company
        self.notePath = notePath
        self.role = role
    }
}
