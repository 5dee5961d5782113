/// A full name as one note gives it, with how strongly the note says it is a person — the input
/// of `PeopleRegistry`, which decides who is new, who is known and which spellings are one person.
public struct NameSighting: Sendable, Equatable {
    public enum Strength: Int, Sendable, Comparable {
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

    public init(name: String, strength: Strength, attendees: [String]) {
        self.name = name
        self.strength = strength
        self.attendees = attendees
    }
}
