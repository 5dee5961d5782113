/// Recognises notes that record the same meeting and picks the canonical one of each group: the
/// note a `canonical:` key names, else one an earlier run already linked, else the earliest
/// created by its `created:` frontmatter, else the first by path (file names begin with the date
/// and time, so the first is the earliest written).
/// Which signals decide and how similar is similar are settings in `rules/meetings.yml`.
public struct MeetingGrouper: Sendable {
    public var byTranscript: Bool
    public var bySummary: Bool
    public var summarySimilarity: Double
    public var transcriptMinimum: Int

    public init(rules: RuleSet) {
        byTranscript = rules.setting("same_meeting_by_transcript") != .bool(false)
        bySummary = rules.setting("same_meeting_by_summary") != .bool(false)
        summarySimilarity = rules.number(setting: "summary_similarity", default: 0.5)
        transcriptMinimum = Int(rules.number(setting: "transcript_min_characters", default: 200))
    }

    /// Whether two notes record one meeting.
    public func isSameMeeting(_ a: MeetingIdentity, _ b: MeetingIdentity) -> Bool {
        guard a.date == b.date, !a.date.isEmpty else { return false }
        if byTranscript, !a.transcriptHash.isEmpty, !b.transcriptHash.isEmpty {
            return a.transcriptHash == b.transcriptHash
        }
        guard bySummary, a.transcriptHash.isEmpty, b.transcriptHash.isEmpty, a.attendees == b.attendees else { return false }
        let left = a.summaryWords, right = b.summaryWords
        guard !left.isEmpty, !right.isEmpty else { return false }
        return Double(left.intersection(right).count) / Double(left.union(right).count) >= summarySimilarity
    }

    /// Groups of two or more notes (canonical first), in path order of their canonical notes.
    public func groups(_ identities: [MeetingIdentity]) -> [[MeetingIdentity]] {
        let sorted = identities.sorted { $0.path < $1.path }
        var groups: [[MeetingIdentity]] = []
        var assigned = Set<String>()
        for (index, identity) in sorted.enumerated() where !assigned.contains(identity.path) {
            var group = [identity]
            for other in sorted[(index + 1)...] where !assigned.contains(other.path) && isSameMeeting(identity, other) {
                group.append(other)
            }
            guard group.count > 1 else { continue }
            group.forEach { assigned.insert($0.path) }
            groups.append(orderCanonicalFirst(group))
        }
        return groups
    }

    private func orderCanonicalFirst(_ group: [MeetingIdentity]) -> [MeetingIdentity] {
        let hinted = group.compactMap(\.canonicalHint).first
        let canonical = group.first { member in
            guard let hinted else { return false }
            let target = hinted.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
            return member.linkName == target || member.path == target || member.path.hasSuffix("/" + target)
                || member.path.hasSuffix("/" + target + ".md")
        } ?? group.first { $0.seenBefore }
            ?? group.filter { $0.created != nil }.min { ($0.created!, $0.path) < ($1.created!, $1.path) }
            ?? group[0]
        return [canonical] + group.filter { $0.path != canonical.path }
    }

    /// One record for a group: the canonical note's link, title and summary; the attendees,
    /// referenced people, facts, topics and quotes of every version (the person-notes merge writes
    /// near-duplicate facts once).
    public static func merge(_ records: [MeetingRecord], canonical: MeetingRecord) -> MeetingRecord {
        var merged = canonical
        var attendees = canonical.attendees
        var referenced = canonical.referenced
        var topics = canonical.topics
        for record in records where record.path != canonical.path {
            attendees += record.attendees.filter { !attendees.contains($0) }
            topics += record.topics.filter { !topics.contains($0) }
            merged.facts += record.facts
            merged.mentionSentences.merge(record.mentionSentences) { first, _ in first }
            merged.affiliations.merge(record.affiliations) { first, _ in first }
        }
        for record in records where record.path != canonical.path {
            referenced += record.referenced.filter { !referenced.contains($0) && !attendees.contains($0) }
        }
        merged.attendees = attendees
        merged.referenced = referenced.filter { !attendees.contains($0) }
        merged.topics = topics
        return merged
    }
}

import Foundation
