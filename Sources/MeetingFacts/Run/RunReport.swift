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
    /// Names reported for review: a new name close to a known person.
    public var nearMisses: [NearMiss] = []
    /// Groups of notes recording the same meeting: the canonical note and the copies.
    public var duplicateGroups: [MeetingGroup] = []
    /// Vault-relative paths written (or, on a dry run, that would be).
    public var changedFiles: [String] = []
    /// The unified diff of every change, on a dry run.
    public var diff = ""
    public var seconds = 0.0

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
        case nearMisses = "near_misses", duplicateGroups = "duplicate_groups", changedFiles = "changed_files", seconds
    }
}

import Foundation
