import PCRE2

/// Holds the anchored engine to its promise: for each anchored rule, the matches found near its
/// anchor hits are exactly those of a full PCRE2 scan of the same text (every group's span, in
/// order). `meetingfacts rules check` runs it on every example and on `corpus/`; a difference is an
/// error naming the rule and where the two part.
public struct AnchorCheck {
    public let rules: RuleSet
    private let scanner: AnchoredScanner

    public init(rules: RuleSet) throws(AnchorCheckProblem) {
        self.rules = rules
        do {
            scanner = try AnchoredScanner(rules: rules.rules)
        } catch {
            throw AnchorCheckProblem(message: error.description)
        }
    }

    /// Distinct anchor atoms of all rules, and the bytes of the one Vectorscan database holding them.
    public var database: (atoms: Int, bytes: Int) { (scanner.atoms.count, scanner.database?.size ?? 0) }

    /// Rules without an anchor or a tokenizer (scanned whole by the anchored engine), with why.
    public var unanchored: [(rule: Rule, reason: String)] {
        rules.rules.filter { $0.anchor == nil && $0.tokenizer == nil }.map { ($0, $0.anchorNote ?? "no anchor") }
    }

    /// Where anchored matching of each rule differs from a full scan of `text`, one message a rule
    /// at most; `name` says which text (an example's location, a file's path).
    public func differences(in text: String, name: String) -> [(rule: String, message: String)] {
        var subject = text
        var found: [(String, String)] = []
        subject.withUTF8 { bytes in
            guard let hits = try? scanner.hits(in: bytes) else {
                found.append(("*", "Vectorscan could not scan \(name)"))
                return
            }
            for (order, rule) in rules.rules.enumerated() {
                guard let anchor = rule.anchor, let atomIndices = scanner.atomsOfRule[order] else { continue }
                let full: [Match]
                var anchored: [Match] = []
                var statistics = AnchorStatistics()
                do {
                    full = try rule.pattern.matches(in: bytes)
                    try AnchoredScanner.forEachMatch(of: rule, anchor: anchor, starts: AnchoredScanner.merged(atomIndices, from: hits),
                                                     in: bytes, statistics: &statistics) { anchored.append($0); return true }
                } catch {
                    continue // a match limit is reported where the rule runs, not here
                }
                guard full != anchored else { continue }
                found.append((rule.id, describe(full: full, anchored: anchored, bytes: bytes, name: name)))
            }
        }
        return found
    }

    private func describe(full: [Match], anchored: [Match], bytes: UnsafeBufferPointer<UInt8>, name: String) -> String {
        func shown(_ match: Match?) -> String {
            guard let match else { return "nothing" }
            let range = match.range.clamped(to: 0..<bytes.count)
            return "\"\(String(decoding: bytes[range], as: UTF8.self))\" at byte \(match.range.lowerBound)"
        }
        let index = (0..<min(full.count, anchored.count)).first { full[$0] != anchored[$0] } ?? min(full.count, anchored.count)
        let first = index < full.count ? full[index] : nil
        let second = index < anchored.count ? anchored[index] : nil
        return "anchored matching differs from a full scan in \(name): match \(index + 1) is \(shown(first)) in a full scan, "
            + "\(shown(second)) anchored (\(full.count) matches against \(anchored.count))"
    }
}
