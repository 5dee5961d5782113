/// Finds the known person a new name is a near miss of. Two names are near when they share the
/// first name (or a variant of it) or the last name, and the other part differs by a few edits; the
/// limits are the `people.near-miss.*` settings of `rules/people/`.
struct NearMissDetector: Sendable {
    let maxDistance: Int
    let maxRatio: Double
    let sameInitial: Bool
    let lexicons: PersonLexicons

    init(rules: RuleSet, lexicons: PersonLexicons) {
        maxDistance = Int(rules.number(setting: "people.near-miss.max-edit-distance", default: 2))
        maxRatio = rules.number(setting: "people.near-miss.max-edit-ratio", default: 0.5)
        if case let .bool(flag)? = rules.setting("people.near-miss.same-initial") { sameInitial = flag } else { sameInitial = true }
        self.lexicons = lexicons
    }

    /// The closest of `candidates` that `name` nearly matches, nil when none does or `name` is one of them.
    func suspectedMatch(for name: String, among candidates: [String]) -> String? {
        suspectedMatch(for: PersonNameParts(name, lexicons: lexicons), among: candidates.map { PersonNameParts($0, lexicons: lexicons) })
    }

    /// `suspectedMatch(for:among:)` on names whose parts were computed once.
    func suspectedMatch(for name: PersonNameParts, among candidates: [PersonNameParts]) -> String? {
        let words = name.words
        guard words.count >= 2 else { return nil }
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let other = candidate.words
            guard other.count >= 2 else { continue }
            if words == other { return nil }
            let sameFirst = name.givenKeys.contains(other[0])
            let sameLast = words.last == other.last
            let distance: Int
            if sameFirst && sameLast {
                distance = EditDistance.between(words.dropFirst().dropLast().joined(separator: " "),
                                                other.dropFirst().dropLast().joined(separator: " "))
                if distance == 0 { continue }
            } else if sameFirst {
                let part = name.surname, otherPart = candidate.surname
                guard isNear(part, otherPart) else { continue }
                distance = EditDistance.between(part, otherPart)
            } else if sameLast {
                let part = words.dropLast().joined(separator: " "), otherPart = other.dropLast().joined(separator: " ")
                guard isNear(part, otherPart) else { continue }
                distance = EditDistance.between(part, otherPart)
            } else {
                continue
            }
            if best == nil || distance < best!.distance { best = (candidate.name, distance) }
        }
        return best?.name
    }

    private func isNear(_ part: String, _ otherPart: String) -> Bool {
        if sameInitial && part.first != otherPart.first { return false }
        let distance = EditDistance.between(part, otherPart)
        let longest = max(part.count, otherPart.count)
        return distance > 0 && distance <= maxDistance && Double(distance) <= maxRatio * Double(longest)
    }
}
