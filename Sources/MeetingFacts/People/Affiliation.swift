/// Where a person works and in what role or team, as a note states it.
public struct Affiliation: Sendable, Equatable, Codable {
    public var company: String?
    public var role: String?
    public var team: String?

    public init(company: String? = nil, role: String? = nil, team: String? = nil) {
        self.company = company
        self.role = role
        self.team = team
    }
}
