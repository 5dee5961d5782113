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
        let words = PersonNameKey.words(of: PersonNameKey.of(name))
        guard words.count >= 2 else { return nil }
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let other = PersonNameKey.words(of: PersonNameKey.of(candidate))
            guard other.count >= 2 else { continue }
            if words == other { return nil }
            let sameFirst = lexicons.firstNameKeys(words[0]).contains(other[0])
            let sameLast = words.last == other.last
            let distance: Int
            if sameFirst && sameLast {
                distance = EditDistance.between(words.dropFirst().dropLast().joined(separator: " "),
                                                other.dropFirst().dropLast().joined(separator: " "))
                if distance == 0 { continue }
            } else if sameFirst {
                let part = words.dropFirst().joined(separator: " "), otherPart = other.dropFirst().joined(separator: " ")
                guard isNear(part, otherPart) else { continue }
                distance = EditDistance.between(part, otherPart)
            } else if sameLast {
                let part = words.dropLast().joined(separator: " "), otherPart = other.dropLast().joined(separator: " ")
                guard isNear(part, otherPart) else { continue }
                distance = EditDistance.between(part, otherPart)
            } else {
                continue
            }
            if best == nil || distance < best!.distance { best = (candidate, distance) }
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
