import XCTest
@testable import MeetingFacts

/// `anchor:` in rule files, and what `rules check` says of anchors.
final class RuleAnchorTests: XCTestCase {
    private func load(_ contents: String) -> RuleSet {
        RuleLoader().load([RuleSource(relativePath: "r.yml", displayPath: "rules/r.yml", contents: contents)])
    }

    private func rule(anchor: String) -> String {
        """
        rules:
          - id: size
            kind: ignore
            pattern: '[0-9]+ ?TB'
        \(anchor)
            examples: {positive: [{input: 'we need 40 TB', expect: {text: '40 TB'}}], negative: ['40 GB']}
        """
    }

    func testARuleWithoutAnchorKeyGetsTheAnchorOfItsPattern() throws {
        let rules = load(rule(anchor: ""))
        XCTAssertEqual(rules.diagnostics, [])
        XCTAssertEqual(try XCTUnwrap(rules.rules.first?.anchor).summary, "derived 'TB', window back to line start")
    }

    func testAnAuthoredAnchorReplacesTheDerivedOne() throws {
        let rules = load(rule(anchor: "    anchor: {pattern: '[0-9]', before: 0}"))
        XCTAssertEqual(rules.diagnostics, [])
        XCTAssertEqual(try XCTUnwrap(rules.rules.first?.anchor).summary, "authored [0-9], window back to 0 bytes")
    }

    func testAnchorNoneScansTheRuleWhole() {
        let rules = load(rule(anchor: "    anchor: none"))
        XCTAssertNil(rules.rules.first?.anchor)
        XCTAssertEqual(RuleChecker(rules: rules).check().unanchored, ["size: anchor: none (the rule is scanned whole)"])
    }

    func testAnUnknownAnchorKeyIsReportedAtItsPlace() {
        let rules = load(rule(anchor: "    anchor: {pattern: 'TB', after: 4}"))
        XCTAssertEqual(rules.diagnostics.map(\.description), ["rules/r.yml:5:29: error: unknown anchor key 'after' (known: pattern, before)"])
    }

    func testAnAnchorWithNothingEveryHitContainsIsAnError() {
        let rules = load(rule(anchor: "    anchor: {pattern: '(?=TB)'}"))
        XCTAssertEqual(rules.diagnostics.map(\.description),
                       ["rules/r.yml:5:23: error: [size] anchor '(?=TB)' has no literal or small class that every hit must contain"])
    }

    /// An anchor that reaches back too little loses matches: `rules check` names the rule and where.
    func testAnAnchorThatMissesMatchesFailsTheCheckNamingTheRule() {
        let rules = load(rule(anchor: "    anchor: {pattern: 'TB', before: 1}"))
        XCTAssertEqual(rules.diagnostics, [])
        let failures = RuleChecker(rules: rules).check().failures.map(\.description)
        XCTAssertEqual(failures.filter { $0.contains("anchored matching differs") }, [
            "rules/r.yml:2:5: error: [size] anchored matching differs from a full scan in rules/r.yml:6:27: match 1 is \"40 TB\" at byte 8 in a full scan, nothing anchored (1 matches against 0)",
        ])
    }

    func testTheCorpusIsCheckedToo() {
        let rules = load(rule(anchor: "    anchor: {pattern: 'TB', before: 3}"))
        let failures = RuleChecker(rules: rules).check(corpus: [("notes/a.md", "we have 1200 TB")]).failures.map(\.description)
        XCTAssertEqual(failures, [
            "rules/r.yml:2:5: error: [size] anchored matching differs from a full scan in notes/a.md: match 1 is \"1200 TB\" at byte 8 in a full scan, \"00 TB\" at byte 10 anchored (1 matches against 1)",
        ])
    }
}
