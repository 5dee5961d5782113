import Foundation
import PCRE2
import Vectorscan

/// The one-pass engine: every rule's anchor atoms in one Vectorscan database, scanned once per
/// text; each rule's PCRE2 pattern then runs only where a match containing one of its hits could
/// start — from `before` bytes (or the line start) ahead of the hit up to the hit itself, bounded
/// with PCRE2's offset limit on the whole text, so lookarounds and match ends see exactly what a
/// full scan sees. Positions already searched are never searched twice, and hits inside a match
/// are skipped as a full scan would skip them: the matches are those of a full scan, in order.
struct AnchoredScanner: @unchecked Sendable {
    /// The distinct atoms of all rules; an atom's index is its Vectorscan id.
    let atoms: [AnchorAtom]
    /// For each rule (by its place in the rule set), the indices of its atoms; nil: no anchor.
    let atomsOfRule: [[Int]?]
    /// For each rule, which distinct list of atoms it has (rules sharing an anchor share the
    /// starts merged from its hits, computed once a text); nil: no anchor.
    let atomListOfRule: [Int?]
    /// How many distinct atom lists the rules have.
    let atomListCount: Int
    /// Each atom's length in bytes: a hit is reported where it ends.
    private let lengths: [Int]
    /// The database of `atoms`; nil when no rule has an anchor.
    let database: Database?

    init(rules: [Rule]) throws(VectorscanError) {
        var atoms: [AnchorAtom] = []
        var index: [AnchorAtom: Int] = [:]
        var atomsOfRule: [[Int]?] = []
        for rule in rules {
            guard let anchor = rule.anchor else { atomsOfRule.append(nil); continue }
            atomsOfRule.append(anchor.atoms.map { atom in
                if let known = index[atom] { return known }
                index[atom] = atoms.count
                atoms.append(atom)
                return atoms.count - 1
            })
        }
        self.atoms = atoms
        self.atomsOfRule = atomsOfRule
        var lists: [[Int]: Int] = [:]
        atomListOfRule = atomsOfRule.map { indices in
            indices.map { indices in
                if let known = lists[indices] { return known }
                lists[indices] = lists.count
                return lists.count - 1
            }
        }
        atomListCount = lists.count
        lengths = atoms.map(\.length)
        database = atoms.isEmpty ? nil : try AnchoredScanner.database(for: atoms)
    }

    /// Databases by their atoms: rule sets are loaded again and again (tests, per-rule benchmarks),
    /// and compiling costs far more than looking up.
    nonisolated(unsafe) private static var compiled: [[AnchorAtom]: Database] = [:]
    private static let lock = NSLock()

    private static func database(for atoms: [AnchorAtom]) throws(VectorscanError) -> Database {
        lock.lock()
        defer { lock.unlock() }
        if let known = compiled[atoms] { return known }
        let expressions = atoms.enumerated().map { index, atom in
            let expression = atom.vectorscanExpression
            return Expression(expression.pattern, id: UInt32(index), flags: expression.caseless ? .caseless : [])
        }
        let database = try Database(expressions)
        if compiled.count > 64 { compiled.removeAll() }
        compiled[atoms] = database
        return database
    }

    /// The start offsets of every atom's hits in `bytes`, by atom index, ascending.
    func hits(in bytes: UnsafeBufferPointer<UInt8>) throws(VectorscanError) -> [[Int]] {
        var starts = [[Int]](repeating: [], count: atoms.count)
        guard let database else { return starts }
        let scratch = try database.makeScratch()
        try database.scan(bytes, scratch: scratch) { id, end in
            starts[Int(id)].append(end - lengths[Int(id)])
        }
        return starts
    }

    /// The start offsets of hits of any of `atomIndices`, ascending and distinct.
    static func merged(_ atomIndices: [Int], from hits: [[Int]]) -> [Int] {
        if atomIndices.count == 1 { return hits[atomIndices[0]] }
        var all: [Int] = []
        for index in atomIndices { all += hits[index] }
        all.sort()
        var distinct: [Int] = []
        distinct.reserveCapacity(all.count)
        for start in all where distinct.last != start { distinct.append(start) }
        return distinct
    }

    /// Calls `body` with every match of `rule`'s pattern in `bytes` — the matches a full scan finds,
    /// in its order — searching only near `starts` (the hits of the rule's anchor). Stops when
    /// `body` returns false.
    static func forEachMatch(of rule: Rule, anchor: RuleAnchor, starts: [Int], in bytes: UnsafeBufferPointer<UInt8>,
                             statistics: inout AnchorStatistics, _ body: (Match) -> Bool) throws(PatternError) {
        guard !starts.isEmpty else { return }
        let searcher = try Searcher(rule.confirmPattern)
        // Matches may start at `next` or later (a full scan goes on from the end of the last match).
        var next = 0
        // An empty match ended at `next`: the full scan refuses a second empty match there.
        var emptyAtNext = false
        // No match starts before `searched` (every start below it was tried and failed).
        var searched = 0
        let reach = anchor.before ?? (anchor.staysOnLine ? Int.max : RuleAnchor.fallbackBefore)
        statistics.ruleHits += starts.count
        for hit in starts {
            if hit < next || hit < searched { continue }
            var low = max(next, searched)
            if reach != Int.max { low = max(low, hit - reach) }
            if anchor.staysOnLine {
                var cursor = hit
                while cursor > low && bytes[cursor - 1] != 0x0A { cursor -= 1 }
                low = cursor
            }
            // A match starts on a character boundary.
            while low < hit && bytes[low] & 0xC0 == 0x80 { low += 1 }
            while low <= hit {
                statistics.confirmations += 1
                guard let match = try searcher.firstMatch(in: bytes, from: low, startLimit: hit,
                                                          notEmptyAtStart: emptyAtNext && low == next) else {
                    searched = hit + 1
                    break
                }
                if !body(match) { return }
                emptyAtNext = match.range.isEmpty
                next = match.range.upperBound
                searched = next
                low = next
            }
        }
    }
}
