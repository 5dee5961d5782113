/// Finds a rule's anchor in its pattern: reads the PCRE2 pattern (with the shared definitions and
/// lexicons it calls) and works out, for every part, how long its matches can be, whether they can
/// hold a line break, and which literals or small classes every match of it must contain — then
/// keeps the rarest such set and how far before it a match may start.
///
/// Lookarounds, back-references and conditions take no part: an anchor is only ever what a match
/// consumes. Anything the reader does not understand makes that part "no anchor, unbounded", which
/// is always safe.
struct AnchorDeriver {
    /// Definition and lexicon bodies by name, as `(?&NAME)` calls them.
    let definitions: [String: String]
    /// Summaries of definitions already read: every rule calls the same few.
    private let known = KnownSummaries()

    /// Whether an exactly bounded window beats a rarer atom (rule patterns), or only rarity counts
    /// (an author's anchor pattern, whose reach the author gives).
    let preferExact: Bool

    init(definitions: [String: String], preferExact: Bool = true) {
        self.definitions = definitions
        self.preferExact = preferExact
    }

    private final class KnownSummaries {
        var byName: [String: Summary] = [:]
    }

    /// At most this many atoms in one anchor; more costs Vectorscan memory for little gain.
    static let maximumAtoms = 400

    /// What is known of a part of a pattern.
    struct Summary {
        var minLength: Int
        /// nil: unbounded.
        var maxLength: Int?
        var crossesLine: Bool
        /// The best set of atoms one of which every match contains, nil when there is none.
        var required: Choice?
        /// The literal bytes the part always matches, when it is one fixed literal (to join neighbours).
        var literal: [UInt8]?
        var literalCaseless = false

        static let empty = Summary(minLength: 0, maxLength: 0, crossesLine: false, required: nil, literal: [])
        static let unknown = Summary(minLength: 0, maxLength: nil, crossesLine: true, required: nil, literal: nil)
    }

    struct Choice {
        var atoms: [AnchorAtom]
        /// Most bytes from the part's start to the atom's start; nil: unbounded.
        var offset: Int?
        /// The bytes before the atom within the part hold no line break.
        var staysOnLine: Bool
        var frequency: Double

        /// The window before the atom is bounded exactly: by a length, or by the line's start.
        var isExact: Bool { offset != nil || staysOnLine }

        /// Exact before rare: a window with a default reach could miss a long match.
        func isBetter(than other: Choice?, preferExact: Bool) -> Bool {
            guard let other else { return true }
            if preferExact && isExact != other.isExact { return isExact }
            if frequency != other.frequency { return frequency < other.frequency * 0.999 }
            return (offset ?? Int.max) < (other.offset ?? Int.max)
        }
    }

    /// The anchor of `pattern`, nil when no atom must occur in every match.
    func anchor(of pattern: String) -> RuleAnchor? {
        var reader = Reader(scalars: Array(pattern.unicodeScalars), deriver: self, depth: 0)
        let summary = reader.alternation(caseless: false)
        guard reader.isComplete, let choice = summary.required, !choice.atoms.isEmpty,
              choice.atoms.count <= AnchorDeriver.maximumAtoms else { return nil }
        return RuleAnchor(atoms: choice.atoms, before: choice.offset, staysOnLine: choice.staysOnLine, origin: .derived)
    }

    func definitionSummary(_ name: String, depth: Int) -> Summary {
        if let summary = known.byName[name] { return summary }
        guard depth < 24, let body = definitions[name] else { return .unknown }
        var reader = Reader(scalars: Array(body.unicodeScalars), deriver: self, depth: depth + 1)
        var summary = reader.alternation(caseless: false)
        if !reader.isComplete { summary = .unknown }
        known.byName[name] = summary
        return summary
    }

    // MARK: - Combining

    static func sequence(_ parts: [Summary], preferExact: Bool) -> Summary {
        // Neighbouring fixed literals of the same case rule join into one longer, rarer atom.
        var joined: [Summary] = []
        for part in parts {
            if let literal = part.literal, !literal.isEmpty, let last = joined.last, let previous = last.literal,
               !previous.isEmpty, last.literalCaseless == part.literalCaseless {
                joined[joined.count - 1] = literalSummary(previous + literal, caseless: part.literalCaseless)
            } else {
                joined.append(part)
            }
        }
        if joined.count == 1 { return joined[0] }
        var result = Summary.empty
        result.literal = joined.isEmpty ? [] : nil
        var prefixMax: Int? = 0
        var prefixOnLine = true
        for part in joined {
            if let choice = part.required {
                let candidate = Choice(atoms: choice.atoms, offset: add(prefixMax, choice.offset),
                                       staysOnLine: prefixOnLine && choice.staysOnLine, frequency: choice.frequency)
                if candidate.isBetter(than: result.required, preferExact: preferExact) { result.required = candidate }
            }
            result.minLength += part.minLength
            result.maxLength = add(result.maxLength, part.maxLength)
            result.crossesLine = result.crossesLine || part.crossesLine
            prefixMax = add(prefixMax, part.maxLength)
            prefixOnLine = prefixOnLine && !part.crossesLine
        }
        return result
    }

    static func alternatives(_ branches: [Summary]) -> Summary {
        guard var result = branches.first else { return .empty }
        for branch in branches.dropFirst() {
            result.minLength = min(result.minLength, branch.minLength)
            result.maxLength = result.maxLength.flatMap { mine in branch.maxLength.map { max(mine, $0) } }
            result.crossesLine = result.crossesLine || branch.crossesLine
            if let mine = result.required, let theirs = branch.required {
                var atoms = mine.atoms
                for atom in theirs.atoms where !atoms.contains(atom) { atoms.append(atom) }
                result.required = Choice(atoms: atoms, offset: mine.offset.flatMap { a in theirs.offset.map { max(a, $0) } },
                                         staysOnLine: mine.staysOnLine && theirs.staysOnLine,
                                         frequency: mine.frequency + theirs.frequency)
            } else {
                result.required = nil
            }
            if result.literal != branch.literal || result.literalCaseless != branch.literalCaseless { result.literal = nil }
        }
        if let required = result.required, required.atoms.count > maximumAtoms { result.required = nil }
        return result
    }

    static func repeated(_ part: Summary, min low: Int, max high: Int?) -> Summary {
        var result = part
        result.minLength = part.minLength * low
        if let high { result.maxLength = part.maxLength.map { $0 * high } } else { result.maxLength = part.maxLength == 0 ? 0 : nil }
        if low == 0 { result.required = nil }
        if !(low == 1 && high == 1) { result.literal = nil }
        return result
    }

    static func literalSummary(_ bytes: [UInt8], caseless: Bool) -> Summary {
        let folds = caseless && bytes.contains { $0 < 0x80 && isLetter($0) }
        let atom = AnchorAtom(.literal(folds ? bytes.map(lowercased) : bytes, caseless: folds))
        // A caseless ASCII letter also matches a few longer code points (k: KELVIN SIGN, s: LONG S).
        let longest = caseless ? bytes.reduce(0) { $0 + (isLetter($1) ? 3 : 1) } : bytes.count
        let onLine = !bytes.contains(0x0A)
        return Summary(minLength: bytes.count, maxLength: longest, crossesLine: !onLine,
                       required: Choice(atoms: [atom], offset: 0, staysOnLine: true, frequency: atom.estimatedFrequency),
                       literal: bytes, literalCaseless: caseless)
    }

    /// A class of code points: one atom per member when they are few and ASCII or plain, none otherwise.
    static func classSummary(_ members: ClassMembers, caseless: Bool) -> Summary {
        let crosses = members.negated ? !members.scalars.contains(0x0A) : (members.scalars.contains(0x0A) || members.matchesLineBreaks)
        let longest = members.negated || members.hasOpenSets ? 4 : members.scalars.map { Unicode.Scalar($0).map { UTF8.width($0) } ?? 4 }.max() ?? 1
        var summary = Summary(minLength: 1, maxLength: max(1, caseless ? 4 : longest), crossesLine: crosses, required: nil, literal: nil)
        guard !members.negated, !members.hasOpenSets, !members.scalars.isEmpty else { return summary }
        var bytes = Set<UInt8>()
        var atoms: [AnchorAtom] = []
        for value in members.scalars {
            guard let scalar = Unicode.Scalar(value) else { return summary }
            if value < 0x80 {
                bytes.insert(UInt8(value))
                if caseless && isLetter(UInt8(value)) {
                    // PCRE2 with UCP folds k and s to longer code points too: no anchor then.
                    if value == 0x6B || value == 0x4B || value == 0x73 || value == 0x53 { return summary }
                    bytes.insert(UInt8(value) ^ 0x20)
                }
            } else {
                if caseless && scalar.properties.isAlphabetic { return summary }
                atoms.append(AnchorAtom(.literal(Array(String(scalar).utf8), caseless: false)))
            }
        }
        if !bytes.isEmpty { atoms.insert(AnchorAtom(.byteClass(bytes.sorted())), at: 0) }
        guard atoms.count <= 64 else { return summary }
        summary.required = Choice(atoms: atoms, offset: 0, staysOnLine: true,
                                  frequency: atoms.reduce(0) { $0 + $1.estimatedFrequency })
        if atoms.count == 1, case let .literal(literal, _) = atoms[0].form, !caseless {
            summary.literal = literal
        }
        return summary
    }

    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    static func lowercased(_ byte: UInt8) -> UInt8 { isLetter(byte) ? byte | 0x20 : byte }

    static func add(_ a: Int?, _ b: Int?) -> Int? { a.flatMap { x in b.map { x + $0 } } }

    /// The members of a bracketed class or an escape such as `\h`.
    struct ClassMembers {
        var scalars: [UInt32] = []
        var negated = false
        /// Holds a set too large to list (`\p{L}`, `\w`, `\s`, a long range).
        var hasOpenSets = false
        /// An open set that includes line breaks (`\s`, `\v`, `\R`).
        var matchesLineBreaks = false
    }
}
