/// What a run did, for its summary line, `--json`, and the exit status.
public struct RunReport: Sendable, Encodable {
    public var meetings = 0
    public var peopleCreated = 0
    public var peopleUpdated = 0
    public var facts = 0
    /// Notes that failed (reported and skipped), and other errors.
    public var errors: [String] = []
    /// Notes skipped because someone changed them meanwhile, and similar warnings.
    public var warnings: [String] = []
    /// Names reported for review: a new name close to a known person, or one that could be two.
    public var nearMisses: [NearMiss] = []
    /// Spellings taken for a person this run ("Tomer Hagey" is Tomer Hagay), with the reason.
    public var merges: [PeopleRegistry.Merge] = []
    /// Groups of notes recording the same meeting: the canonical note and the copies.
    public var duplicateGroups: [MeetingGroup] = []
    /// Person notes removed: variant notes an alias merged into another, with nothing of the user's left.
    public var peopleRemoved: [String] = []
    /// Vault-relative paths written (or, on a dry run, that would be).
    public var changedFiles: [String] = []
    /// The unified diff of every change, on a dry run.
    public var diff = ""
    /// On a dry run asked to record one: what `apply` writes.
    public var plan: RunPlan?
    public var seconds = 0.0
    /// Meetings whose extraction came from the state's cache (text, date and rules unchanged).
    public var extractionsReused = 0

    public init() {}

    /// `12 meetings, 3 people created, 9 updated, 41 facts, 0 errors in 0.42 s`
    public var summary: String {
        var line = "\(meetings) meeting\(meetings == 1 ? "" : "s"), \(peopleCreated) \(peopleCreated == 1 ? "person" : "people") created, "
            + "\(peopleUpdated) updated, \(facts) fact\(facts == 1 ? "" : "s"), \(errors.count) error\(errors.count == 1 ? "" : "s")"
            + " in " + String(format: "%.2f", seconds) + " s"
        let copies = duplicateGroups.map { $0.copies.count + 1 }
        if let low = copies.min(), let high = copies.max() {
            let range = low == high ? "\(low)" : "\(low)–\(high)"
            line += "; \(copies.count) meeting\(copies.count == 1 ? "" : "s") had \(range) copies"
        }
        return line
    }

    enum CodingKeys: String, CodingKey {
        case meetings, peopleCreated = "people_created", peopleUpdated = "people_updated", facts, errors, warnings
        case nearMisses = "near_misses", merges, duplicateGroups = "duplicate_groups", changedFiles = "changed_files", seconds
    }
}

import Foundation

extension RunReport {
    /// A reading step's problems: errors fail their note, the rest are warnings.
    mutating func note(_ diagnostics: [Diagnostic]) {
        errors += diagnostics.filter { $0.severity == .error }.map(\.description)
        warnings += diagnostics.filter { $0.severity != .error }.map(\.description)
    }

    /// The analysis step's findings: rule warnings, how the people were read, names for review,
    /// the meeting count.
    mutating func note(_ analysis: MeetingAnalysis) {
        for note in analysis.analyses { warnings += note.diagnostics.map(\.description) }
        warnings += analysis.notices
        nearMisses = analysis.registry.ambiguous + analysis.registry.nearMisses
        merges = analysis.registry.merges
        meetings = analysis.analyses.count
    }

    /// The grouping step's findings: copies of one meeting and the facts of all meetings.
    mutating func note(_ grouping: MeetingGrouping) {
        duplicateGroups = grouping.groups.map { MeetingGroup(canonical: $0[0].path, copies: $0.dropFirst().map(\.path)) }
        facts = grouping.records.reduce(0) { $0 + $1.facts.count }
    }
}
