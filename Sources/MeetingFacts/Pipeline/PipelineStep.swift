/// The pipeline, in order. Each step names what it reads and what it produces; the stage types
/// implementing them live in folders of the same name.
public enum PipelineStep: Int, CaseIterable, Sendable {
    /// Vault folder → meeting notes and the people directory (Reading/).
    case readNotes
    /// Meeting note → mentions of quantities, durations, dates, people, companies, sites (Extraction/).
    case extractMentions
    /// Mentions and attendees → resolved full names, attendees and referenced people (People/).
    case resolvePeople
    /// Note and mentions → facts, each with the people it is about (Facts/).
    case assembleFacts
    /// Facts per meeting → changes to person notes, merged with what is there (PersonNotes/).
    case planNoteChanges
    /// Planned changes → atomic writes, or a unified diff on a dry run (Writing/).
    case writeOrDiff

    public var reads: String {
        switch self {
        case .readNotes: return "vault folder, .meetingfacts.yml"
        case .extractMentions: return "meeting note, rule set"
        case .resolvePeople: return "mentions, attendees, people directory"
        case .assembleFacts: return "meeting note, resolved mentions"
        case .planNoteChanges: return "facts, person notes, run state"
        case .writeOrDiff: return "planned note changes"
        }
    }

    public var produces: String {
        switch self {
        case .readNotes: return "meeting notes, people directory, diagnostics"
        case .extractMentions: return "mentions"
        case .resolvePeople: return "attendees, referenced, person mentions with full names"
        case .assembleFacts: return "facts with the people they are about"
        case .planNoteChanges: return "new and changed person-note texts"
        case .writeOrDiff: return "written files, or a diff"
        }
    }
}
