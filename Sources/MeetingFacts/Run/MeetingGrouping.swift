/// Step 4 of a run: copies of one meeting found (a meeting summarised several times, notes
/// re-imported) and merged into one record per meeting, the canonical note's link first. Notes read
/// in earlier runs take part through what the state remembers of them.
struct MeetingGrouping {
    var identities: [MeetingIdentity]
    var groups: [[MeetingIdentity]]
    /// One record per meeting, by date then path.
    var records: [MeetingRecord]

    /// `transcriptHashes`: each analysis's, in order (`MeetingAnalysis.transcriptHashes`).
    init(_ analyses: [NoteAnalysis], transcriptHashes: [String], grouper: MeetingGrouper, previous: [String: NoteState],
         present: Set<String>) {
        identities = zip(analyses, transcriptHashes).map { analysis, hash in
            MeetingGrouping.identity(of: analysis, transcriptHash: hash,
                                     seenBefore: previous[analysis.note.path].map { $0.kind == .meeting && $0.isCanonical } ?? false)
        }
        let processed = Set(identities.map(\.path))
        let dates = Set(identities.map(\.date))
        let earlier = previous.values.filter {
            $0.kind == .meeting && dates.contains($0.date) && !processed.contains($0.path) && present.contains($0.path)
        }
        groups = grouper.groups(identities + earlier.map(MeetingGrouping.identity(of:)))
        records = MeetingGrouping.mergedRecords(analyses, groups: groups, previous: previous)
    }

    /// The note that takes over from a deleted meeting note: the first remaining note of its group.
    static func successor(of removed: NoteState, previous: [String: NoteState], present: Set<String>,
                          grouper: MeetingGrouper) -> NoteState? {
        let gone = identity(of: removed)
        return previous.values.filter { $0.kind == .meeting && present.contains($0.path) && $0.path != removed.path }
            .sorted { $0.path < $1.path }
            .first { grouper.isSameMeeting(gone, identity(of: $0)) }
    }

    private static func identity(of state: NoteState) -> MeetingIdentity {
        MeetingIdentity(path: state.path, linkName: state.linkName, date: state.date, transcriptHash: state.transcriptHash,
                        attendees: Set(state.attendees), summary: state.summary, seenBefore: state.isCanonical)
    }

    private static func identity(of analysis: NoteAnalysis, transcriptHash: String, seenBefore: Bool) -> MeetingIdentity {
        MeetingIdentity(
            path: analysis.note.path, linkName: analysis.note.linkName, date: analysis.date.iso,
            transcriptHash: transcriptHash,
            attendees: Set(analysis.record.attendees), summary: analysis.record.summary,
            canonicalHint: analysis.note.canonical, seenBefore: seenBefore, created: analysis.note.frontmatter.string("created"))
    }

    /// One record per meeting: copies merged into their canonical note's record; a canonical note
    /// known only from the state lends its link and summary.
    private static func mergedRecords(_ analyses: [NoteAnalysis], groups: [[MeetingIdentity]],
                                      previous: [String: NoteState]) -> [MeetingRecord] {
        var byPath = Dictionary(analyses.map { ($0.note.path, $0.record) }, uniquingKeysWith: { first, _ in first })
        var records: [MeetingRecord] = []
        for group in groups {
            let members = group.compactMap { byPath.removeValue(forKey: $0.path) }
            guard !members.isEmpty else { continue }
            var canonical = members.first { $0.path == group[0].path } ?? members[0]
            if canonical.path != group[0].path, let known = previous[group[0].path] {
                canonical.path = known.path
                canonical.linkName = known.linkName
                canonical.summary = known.summary
            }
            records.append(MeetingGrouper.merge(members, canonical: canonical))
        }
        records += byPath.values
        return records.sorted { ($0.date, $0.path) < ($1.date, $1.path) }
    }
}
