/// One decision a run made about people and remembers, so a user's correction of it holds.
public struct PeopleDecision: Sendable, Equatable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable {
        /// The run wrote `name` into the `aliases:` of `person`'s note.
        case aliasAdded = "alias-added"
        /// The user removed that alias: `name` is never `person` again.
        case aliasRemoved = "alias-removed"
        /// The run created a note for `name` at the path `person`.
        case noteCreated = "note-created"
        /// A note for `name` at the path `person` the run found in the vault without having
        /// recorded creating it: one a person made, or one a killed run wrote before it could save
        /// its state. Deleting it is a correction like deleting a note the run created.
        case noteSeen = "note-seen"
        /// The user deleted that note: `name` gets no note again.
        case noteDeleted = "note-deleted"
    }

    public var kind: Kind
    public var name: String
    /// The person (or, for notes, the note's vault-relative path) the decision is about.
    public var person: String

    public init(kind: Kind, name: String, person: String) {
        self.kind = kind
        self.name = name
        self.person = person
    }
}
