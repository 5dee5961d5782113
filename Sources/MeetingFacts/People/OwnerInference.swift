/// Whose vault this is, when `.meetingfacts.yml` does not say: the one person named in far more
/// meetings than anyone else — as attendee, speaker or task owner — the way a vault of one
/// person's meeting notes names them in nearly every note. Without such a person, nobody.
public enum OwnerInference {
    /// The owner of notes whose sightings are `notes` (one list per note), nil when no one stands
    /// out: named in at least `minimumShare` of the notes and `lead` times as many as the next.
    public static func owner(of notes: [[NameSighting]], minimumShare: Double = 0.4, lead: Double = 2) -> (name: String, notes: Int)? {
        guard notes.count >= 3 else { return nil }
        var counts: [String: (name: String, notes: Int)] = [:]
        for sightings in notes {
            var seen = Set<String>()
            for sighting in sightings where sighting.strength >= .context {
                let key = PersonNameKey.of(sighting.name)
                guard seen.insert(key).inserted else { continue }
                counts[key, default: (sighting.name, 0)].notes += 1
            }
        }
        let ranked = counts.values.sorted { ($0.notes, $1.name) > ($1.notes, $0.name) }
        guard let first = ranked.first, Double(first.notes) >= minimumShare * Double(notes.count) else { return nil }
        if ranked.count > 1 && Double(first.notes) < lead * Double(ranked[1].notes) { return nil }
        return first
    }
}
