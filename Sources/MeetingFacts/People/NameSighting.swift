/// A full name as one note gives it, with how strongly the note says it is a person — the input
/// of `PeopleRegistry`, which decides who is new, who is known and which spellings are one person.
public struct NameSighting: Sendable, Equatable, Codable {
    public enum Strength: Int, Sendable, Comparable, Codable {
        /// A run of capitalised words in a transcript's speech: speech recognition hears names in
        /// place names, companies and filler ("Stearns Beach", "Coral Weaves"), so such a name is
        /// only ever a spelling of someone seen elsewhere, never a new person by itself.
        case spoken = 0
        /// A run of capitalised words that passed the given-name test.
        case capitalised = 1
        /// A name-shaped context: "X from Y", "ask X to", "@X", "[[X]]".
        case context = 2
        /// A declared attendee or a transcript speaker.
        case attendee = 3

        public static func < (lhs: Strength, rhs: Strength) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var name: String
    public var strength: Strength
    /// The note's attendees (full names as written), which a near spelling most likely means.
    public var attendees: [String]
    /// The line it was seen on, hashed: copies of one meeting repeat a line, two lines are two sightings.
    public var context: Int

    public init(name: String, strength: Strength, attendees: [String], context: Int = 0) {
        self.name = name
        self.strength = strength
        self.attendees = attendees
        self.context = context
    }
}
