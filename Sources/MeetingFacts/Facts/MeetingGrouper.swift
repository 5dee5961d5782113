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
    /// referenced people, topics and quotes of every version. The facts are those of the version
    /// with the most facts, and of each other version only a fact that tells one of its people
    /// something the kept ones do not — a quantity, duration or date none of that person's kept
    /// facts holds, or the first fact about someone the kept ones leave out. Copies of a meeting
    /// are summaries of one conversation: their other facts are the same points in other words
    /// (on vault-sample, the 2025-09-15 meeting summarised four times gave Jai Menon three
    /// rewordings of "OpenAI TensorCache is unstable").
    public static func merge(_ records: [MeetingRecord], canonical: MeetingRecord) -> MeetingRecord {
        var merged = canonical
        var attendees = canonical.attendees
        var referenced = canonical.referenced
        var topics = canonical.topics
        for record in records where record.path != canonical.path {
            attendees += record.attendees.filter { !attendees.contains($0) }
            topics += record.topics.filter { !topics.contains($0) }
            merged.mentionSentences.merge(record.mentionSentences) { first, _ in first }
            merged.affiliations.merge(record.affiliations) { first, _ in first }
        }
        merged.facts = MeetingGrouper.facts(of: records, canonical: canonical)
        for record in records where record.path != canonical.path {
            referenced += record.referenced.filter { !referenced.contains($0) && !attendees.contains($0) }
        }
        merged.attendees = attendees
        merged.referenced = referenced.filter { !attendees.contains($0) }
        merged.topics = topics
        return merged
    }

    /// The facts of a group's versions, each point once (see `merge`), in the order of the
    /// richest version, then of the others canonical first.
    static func facts(of records: [MeetingRecord], canonical: MeetingRecord) -> [Fact] {
        let ordered = [canonical] + records.filter { $0.path != canonical.path }
        guard let richest = ordered.max(by: { $0.facts.count < $1.facts.count }) else { return canonical.facts }
        var kept = richest.facts
        var values: [String: Set<String>] = [:]
        func keep(_ fact: Fact) {
            let typed = Set(fact.mentions.compactMap(\.typedValue))
            for person in fact.about { values[person, default: []].formUnion(typed) }
        }
        kept.forEach(keep)
        for record in ordered where record.path != richest.path {
            for fact in record.facts {
                let typed = Set(fact.mentions.compactMap(\.typedValue))
                let tells = fact.about.contains { person in
                    guard let known = values[person] else { return true }
                    return !typed.isEmpty && !typed.isSubset(of: known)
                }
                guard tells else { continue }
                kept.append(fact)
                keep(fact)
            }
        }
        return kept
    }
}

import Foundation
