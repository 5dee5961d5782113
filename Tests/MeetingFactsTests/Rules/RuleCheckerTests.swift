import XCTest
@testable import MeetingFacts

/// Examples of `ignore` rules: they yield no mention, so they are checked by what they claim.
final class RuleCheckerTests: XCTestCase {
    /// An ignore rule claiming "BF-3", and a longer company rule over "BF-3 cards".
    private func failures(ignoreExamples: String) -> [String] {
        let rules = RuleLoader().load([RuleSource(relativePath: "r.yml", displayPath: "rules/r.yml", contents: """
        rules:
          - id: claim
            kind: ignore
            pattern: 'BF-3'
            examples: \(ignoreExamples)
          - id: thing
            kind: company
            pattern: 'BF-3 cards'
            examples: {positive: [{input: 'BF-3 cards', expect: {text: 'BF-3 cards'}}], negative: ['none']}
        """)])
        XCTAssertEqual(rules.diagnostics, [])
        return RuleChecker(rules: rules).check().failures.map(\.description)
    }

    func testIgnorePositivePassesWhenTheRuleClaimsTheTextAndNothingIsReadInsideIt() {
        XCTAssertEqual(failures(ignoreExamples: "{positive: [{input: 'the BF-3 ships', expect: {text: 'BF-3'}}], negative: ['BF 3']}"), [])
    }

    func testIgnorePositiveFailsWhenALongerMentionIsReadOverTheClaim() {
        XCTAssertEqual(failures(ignoreExamples: "{positive: [{input: 'two BF-3 cards', expect: {text: 'BF-3'}}]}"),
                       ["rules/r.yml:5:27: error: [claim] \"BF-3\" is claimed, but {company \"BF-3 cards\" name=\"BF-3 cards\"} was read over it"])
    }

    func testIgnorePositiveFailsWhenTheRuleClaimsOtherText() {
        XCTAssertEqual(failures(ignoreExamples: "{positive: [{input: 'the BF-3 ships', expect: {text: 'BF-3 ships'}}]}"),
                       ["rules/r.yml:5:27: error: [claim] expected the rule to claim \"BF-3 ships\" in \"the BF-3 ships\", it claims \"BF-3\""])
    }

    func testIgnoreNegativeFailsWhenTheRuleClaimsAnything() {
        XCTAssertEqual(failures(ignoreExamples: "{positive: [{input: 'BF-3', expect: {text: 'BF-3'}}], negative: ['old BF-3 stock']}"),
                       ["rules/r.yml:5:80: error: [claim] negative example \"old BF-3 stock\": the rule claims \"BF-3\""])
    }

    /// A rule of name candidates (`requires: known`) is checked by the candidate it proposes: whom
    /// the name means is the people stage's decision.
    func testARuleOfNameCandidatesIsCheckedByTheCandidateItProposes() throws {
        let rule = try XCTUnwrap(RuleSet.shipped.rules.first { $0.id == "person.known" })
        let example = try XCTUnwrap(rule.examples.first { $0.isPositive })
        XCTAssertNil(RuleChecker(rules: .shipped).failure(of: example, in: rule))
        var wrong = example
        wrong.expect["name"] = .string("Pria")
        XCTAssertEqual(RuleChecker(rules: .shipped).failure(of: wrong, in: rule),
                       "expected {kind=\"person\" name=\"Pria\" text=\"Priya\"} in \"Priya will send the deck\", got nothing")
    }

    /// A tokenizer is held to its rule's pattern on every example: a pattern that finds single
    /// words where the tokenizer finds a run fails the check, naming both.
    func testATokenizerThatDiffersFromItsPatternFailsTheCheck() {
        func failures(pattern: String) -> [String] {
            let rules = RuleLoader().load([RuleSource(relativePath: "r.yml", displayPath: "rules/r.yml", contents: """
            rules:
              - id: names
                kind: person
                tokenizer: capitalised-words
                pattern: '\(pattern)'
                produces: {requires: known}
                examples: {positive: [{input: 'ask Priya Raman', expect: {text: 'Priya Raman'}}], negative: ['nobody here']}
            """)])
            XCTAssertEqual(rules.diagnostics, [])
            return RuleChecker(rules: rules).check().failures.map(\.description)
        }
        XCTAssertEqual(failures(pattern: "(?<![\\p{L}])[A-Z][a-z]++(?:[ ][A-Z][a-z]++){0,4}+"), [])
        XCTAssertEqual(failures(pattern: "(?<![\\p{L}])[A-Z][a-z]++"), [
            "rules/r.yml:7:27: error: [names] tokenizer capitalised-words finds \"Priya Raman\"@4 in \"ask Priya Raman\", "
                + "the pattern \"Priya\"@4, \"Raman\"@10",
        ])
    }
}
