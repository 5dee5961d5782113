/// A name that is probably a misspelling or mis-hearing of a known person ("Kushal Dada" for
/// "Kushal Datta"): reported for review with the suspected match instead of becoming a new person
/// silently. An `aliases` entry on the known person's note settles it.
public struct NearMiss: Sendable, Equatable, Codable {
    public var name: String
    public var suspectedMatch: String

    public init(name: String, suspectedMatch: String) {
        self.name = name
        self.suspectedMatch = suspectedMatch
    }
}
