/// Who took part in a meeting and who was merely named, as full names, with the names to review
/// and the affiliations the note states.
public struct PeopleResolution: Sendable, Equatable {
    /// Declared attendees and real-named transcript speakers, resolved; the vault owner included.
    public var attendees: [String]
    /// Everybody else named anywhere in the note.
    public var referenced: [String]
    /// The note's mentions after the overlap contest, each person's `name` the full name it means.
    public var mentions: [Mention]
    /// New names that nearly match a known person, for review.
    public var nearMisses: [NearMiss]
    /// Company, role and team of people as the note states them, by full name.
    public var affiliations: [String: Affiliation]

    public init(attendees: [String] = [], referenced: [String] = [], mentions: [Mention] = [], nearMisses: [NearMiss] = [],
                affiliations: [String: Affiliation] = [:]) {
        self.attendees = attendees
        self.referenced = referenced
        self.mentions = mentions
        self.nearMisses = nearMisses
        self.affiliations = affiliations
    }
}
