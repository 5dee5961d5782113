/// Compares predicted mentions with gold ones. Strict: same kind, same byte span and the same
/// normalized value (numbers equal to 1e-6 relative, `approx` absent meaning false). Relaxed:
/// same kind and overlapping spans. Each gold mention matches at most one prediction.
public struct Scorer: Sendable {
    /// The kinds the corpus annotates; predictions of other kinds are not scored.
    public static let kinds: [MentionKind] = [.quantity, .duration, .date, .person, .company, .site]
    public static let relativeTolerance = 1e-6

    public init() {}

    public func score(gold: [Mention], predicted: [Mention]) -> NoteScore {
        let gold = gold.filter { Scorer.kinds.contains($0.kind) }
        let predicted = predicted.filter { Scorer.kinds.contains($0.kind) }
        var kinds: [MentionKind: KindScore] = [:]
        for kind in Scorer.kinds {
            kinds[kind] = KindScore(kind: kind.rawValue, gold: gold.filter { $0.kind == kind }.count,
                                    predicted: predicted.filter { $0.kind == kind }.count)
        }

        var strictTaken = Array(repeating: false, count: predicted.count)
        var goldStrict = Array(repeating: false, count: gold.count)
        for (goldIndex, expected) in gold.enumerated() {
            if let index = predicted.indices.first(where: { !strictTaken[$0] && Scorer.strictlyEqual(expected, predicted[$0]) }) {
                strictTaken[index] = true
                goldStrict[goldIndex] = true
                kinds[expected.kind]?.strictMatches += 1
            }
        }

        var relaxedTaken = Array(repeating: false, count: predicted.count)
        for expected in gold {
            let candidates = predicted.indices.filter {
                !relaxedTaken[$0] && predicted[$0].kind == expected.kind && Scorer.overlap(expected, predicted[$0]) > 0
            }
            if let best = candidates.max(by: { Scorer.overlap(expected, predicted[$0]) < Scorer.overlap(expected, predicted[$1]) }) {
                relaxedTaken[best] = true
                kinds[expected.kind]?.relaxedMatches += 1
            }
        }

        return NoteScore(kinds: Dictionary(uniqueKeysWithValues: kinds.map { ($0.key.rawValue, $0.value) }), errors: errors(gold: gold, goldMatched: goldStrict, predicted: predicted, predictedMatched: strictTaken))
    }

    /// Classifies what strict matching left over: the nearest explanation first.
    private func errors(gold: [Mention], goldMatched: [Bool], predicted: [Mention], predictedMatched: [Bool]) -> [MentionError] {
        var taken = predictedMatched
        var errors: [MentionError] = []
        for (index, expected) in gold.enumerated() where !goldMatched[index] {
            let open = predicted.indices.filter { !taken[$0] && Scorer.overlap(expected, predicted[$0]) > 0 }
            let sameKind = open.filter { predicted[$0].kind == expected.kind }
            if let exact = sameKind.first(where: { predicted[$0].span == expected.span }) {
                taken[exact] = true
                errors.append(MentionError(category: .wrongValue, kind: expected.kind, gold: expected, predicted: predicted[exact]))
            } else if let near = sameKind.first {
                taken[near] = true
                errors.append(MentionError(category: .boundary, kind: expected.kind, gold: expected, predicted: predicted[near]))
            } else if let other = open.first {
                taken[other] = true
                errors.append(MentionError(category: .wrongKind, kind: expected.kind, gold: expected, predicted: predicted[other]))
            } else {
                errors.append(MentionError(category: .missed, kind: expected.kind, gold: expected, predicted: nil))
            }
        }
        for index in predicted.indices where !taken[index] {
            errors.append(MentionError(category: .spurious, kind: predicted[index].kind, gold: nil, predicted: predicted[index]))
        }
        return errors
    }

    static func overlap(_ lhs: Mention, _ rhs: Mention) -> Int {
        max(0, min(lhs.span[1], rhs.span[1]) - max(lhs.span[0], rhs.span[0]))
    }

    /// Same kind, same span, and every normalized key of the kind equal.
    static func strictlyEqual(_ gold: Mention, _ predicted: Mention) -> Bool {
        gold.kind == predicted.kind && gold.span == predicted.span && sameValue(gold, predicted)
    }

    static func sameValue(_ gold: Mention, _ predicted: Mention) -> Bool {
        switch gold.kind {
        case .quantity:
            return gold.unit == predicted.unit && close(gold.value, predicted.value) && close(gold.low, predicted.low)
                && close(gold.high, predicted.high) && (gold.approx ?? false) == (predicted.approx ?? false)
                && gold.item == predicted.item
        case .duration:
            return close(gold.seconds, predicted.seconds) && gold.timex == predicted.timex
                && (gold.approx ?? false) == (predicted.approx ?? false)
        case .date:
            return gold.start == predicted.start && gold.end == predicted.end && gold.grain == predicted.grain
                && gold.timex == predicted.timex
        default:
            return gold.name == predicted.name
        }
    }

    static func close(_ lhs: Double?, _ rhs: Double?) -> Bool {
        switch (lhs, rhs) {
        case (nil, nil): return true
        case let (left?, right?):
            return left == right || abs(left - right) <= relativeTolerance * max(abs(left), abs(right))
        default: return false
        }
    }
}
