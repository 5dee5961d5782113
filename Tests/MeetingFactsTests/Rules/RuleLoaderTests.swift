import XCTest
@testable import MeetingFacts

final class RuleLoaderTests: XCTestCase {
    /// The examples every rule must carry, for rules whose examples a test does not run.
    private static let examples = "examples: {positive: [{input: '1 a', expect: {}}], negative: ['none']}"

    private func load(_ files: [String: String]) -> RuleSet {
        RuleLoader().load(files.sorted { $0.key < $1.key }.map {
            RuleSource(relativePath: $0.key, displayPath: "rules/" + $0.key, contents: $0.value)
        })
    }

    func testExtraParenthesisInAShippedRuleIsReportedAtFileLineAndColumn() throws {
        // The first shipped rule file with a rule, its first pattern given an extra "(".
        let source = try XCTUnwrap(RuleSource.shipped.first { $0.contents.contains("pattern:") && $0.relativePath.hasSuffix(".yml") })
        let lines = source.contents.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let lineIndex = try XCTUnwrap(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("pattern:") })
        var broken = lines
        let patternLine = lines[lineIndex]
        let valueStart = patternLine.range(of: "pattern:")!.upperBound
        let afterKey = patternLine[valueStart...]
        let leading = afterKey.prefix { $0 == " " }.count
        let quote = afterKey.dropFirst(leading).first
        // Insert "(" as the first character of the pattern's value.
        let insertColumn = patternLine.distance(from: patternLine.startIndex, to: valueStart) + leading
            + (quote == "'" || quote == "\"" ? 1 : 0)
        let insertAt = patternLine.index(patternLine.startIndex, offsetBy: insertColumn)
        broken[lineIndex] = String(patternLine[..<insertAt]) + "(" + String(patternLine[insertAt...])
        guard quote != "|" && quote != ">" else { throw XCTSkip("first pattern is a block scalar") }

        var files = Dictionary(uniqueKeysWithValues: RuleSource.shipped.map { ($0.relativePath, $0.contents) })
        files[source.relativePath] = broken.joined(separator: "\n")
        let rules = load(files)
        let error = try XCTUnwrap(rules.diagnostics.first { $0.severity == .error })
        XCTAssertEqual(error.location.path, "rules/" + source.relativePath)
        XCTAssertEqual(error.location.line, lineIndex + 1)
        // PCRE2 notices the missing ")" at the pattern's end; the column points at the "(" left open.
        XCTAssertEqual(error.message, "missing closing parenthesis")
        XCTAssertEqual(error.location.column, insertColumn + 1)
    }

    func testCompileErrorColumnPointsAtTheFaultInsideAQuotedPattern() {
        let rules = load(["a.yml": """
        kind: quantity
        rules:
          - id: broken.quantifier
            pattern: 'ab{2,1}c'
            \(Self.examples)
        """])
        XCTAssertEqual(rules.diagnostics.map(\.description),
                       ["rules/a.yml:4:21: error: [broken.quantifier] numbers out of order in {} quantifier"])
    }

    func testCompileErrorColumnInsideALiteralBlockPattern() {
        let rules = load(["b.yml": """
        kind: date
        rules:
          - id: block.rule
            pattern: |-
              (?<day>[0-9]{1,2})
              \\ (?<month>[A-Z][a-z]+ [
            produces: {form: day-month}
            \(Self.examples)
        """])
        XCTAssertEqual(rules.diagnostics.first?.location, SourceLocation(path: "rules/b.yml", line: 6, column: 30))
        XCTAssertEqual(rules.diagnostics.first?.message, "missing terminating ] for character class")
    }

    func testErrorInsideASharedDefinitionPointsAtTheDefinition() {
        let rules = load(["defs.yml": """
        defines:
          GOOD: '[0-9]+'
          BAD: '[0-9+'
        """, "r.yml": """
        kind: quantity
        rules:
          - id: uses.bad
            pattern: '(?&GOOD) (?&BAD)'
            \(Self.examples)
        """])
        XCTAssertEqual(rules.diagnostics.first?.location.path, "rules/defs.yml")
        XCTAssertEqual(rules.diagnostics.first?.location.line, 3)
        XCTAssertEqual(rules.diagnostics.first?.ruleID, "uses.bad")
    }

    func testUnknownSharedPatternIsReportedWhereItIsCalled() {
        let rules = load(["r.yml": """
        kind: quantity
        rules:
          - id: calls.missing
            pattern: '[0-9]+ (?&NOPE)'
            \(Self.examples)
        """])
        XCTAssertEqual(rules.diagnostics.map(\.description),
                       ["rules/r.yml:4:22: error: [calls.missing] unknown shared pattern 'NOPE'"])
    }

    func testDuplicateRuleIdIsAnError() {
        let rules = load(["r.yml": """
        kind: quantity
        rules:
          - id: same
            pattern: 'a'
            \(Self.examples)
          - id: same
            pattern: 'b'
            \(Self.examples)
        """])
        XCTAssertEqual(rules.rules.count, 1)
        XCTAssertEqual(rules.diagnostics.first?.location.line, 6)
        XCTAssertTrue(rules.diagnostics.first?.message.hasPrefix("duplicate rule id") ?? false)
    }

    func testBrokenYAMLIsReportedWithItsPosition() {
        let rules = load(["r.yml": "kind: quantity\nrules:\n  - id: x\n    pattern: 'unterminated\n"])
        XCTAssertEqual(rules.diagnostics.count, 1)
        XCTAssertEqual(rules.diagnostics.first?.location.path, "rules/r.yml")
        XCTAssertTrue(rules.diagnostics.first?.message.hasPrefix("YAML:") ?? false)
    }

    func testLexiconIsASharedPatternAndALookup() throws {
        let rules = load(["units.yml": """
        lexicons:
          SIZE_UNIT:
            entries:
              - {forms: [TB, terabytes], factor: 1e12}
              - {forms: [PB per day], factor: 1.0e15}
        rules:
          - id: size
            kind: ignore
            pattern: '[0-9]+ (?&SIZE_UNIT)'
            \(Self.examples)
        """])
        XCTAssertEqual(rules.diagnostics, [])
        let lexicon = try XCTUnwrap(rules.lexicon("SIZE_UNIT"))
        XCTAssertEqual(lexicon.entry(for: "Terabytes")?.number("factor"), 1e12)
        XCTAssertEqual(lexicon.entry(for: "PB  per\tday")?.number("factor"), 1e15)
        let rule = try XCTUnwrap(rules.rules.first)
        XCTAssertNotNil(try rule.pattern.firstMatch(in: "7 PB   per day"))
        XCTAssertNil(try rule.pattern.firstMatch(in: "7 GB"))
    }

    func testCatastrophicRuleStopsWithALimitErrorNamingTheRule() {
        let rules = load(["bad.yml": """
        kind: quantity
        rules:
          - id: catastrophic.nested
            pattern: '(a+)+$'
        """])
        let result = Extractor(rules: rules).extract(
            ExtractionContext(text: String(repeating: "a", count: 30) + "b", referenceDate: nil, rules: rules), path: "note.md")
        XCTAssertEqual(result.diagnostics.map(\.ruleID), ["catastrophic.nested"])
        XCTAssertTrue(result.diagnostics.first?.message.contains("match limit exceeded") ?? false)
    }
}

/// The stricter loader of issue #14: settings only by known keys and shapes, date forms that
/// `DateInterpreter` knows, and examples on every rule.
extension RuleLoaderTests {
    func testUnknownSettingKeyIsAnErrorAtItsPlaceNamingTheKnownKeys() {
        let rules = load(["s.yml": "settings:\n  summary_similarity: 0.5\n  sumary_similarity: 0.9\n"])
        let known = RuleSetting.all.map(\.key).sorted().joined(separator: ", ")
        XCTAssertEqual(rules.diagnostics.map(\.description),
                       ["rules/s.yml:3:3: error: unknown setting 'sumary_similarity'; known settings: \(known)"])
        XCTAssertEqual(rules.settings, ["summary_similarity": .number(0.5)])
    }

    func testSettingOfTheWrongShapeIsAnErrorAtItsValue() {
        let rules = load(["s.yml": """
        settings:
          fact_sections: "summary,outcomes"
          summary_similarity: high
          same_meeting_by_summary: 0
          person-notes.heading.topics: [Topics]
        """])
        XCTAssertEqual(rules.diagnostics.map(\.description), [
            "rules/s.yml:2:18: error: setting 'fact_sections' is a list, as in [a, b] or one '- item' a line",
            "rules/s.yml:3:23: error: setting 'summary_similarity' is a number, not 'high'",
            "rules/s.yml:4:28: error: setting 'same_meeting_by_summary' is true or false, not '0'",
            "rules/s.yml:5:32: error: setting 'person-notes.heading.topics' is a single value, not a list or a mapping",
        ])
        XCTAssertEqual(rules.settings, [:])
    }

    func testListSettingsAreYAMLListsAndTheirReadersTakeThem() {
        let rules = load(["facts.yml": "settings:\n  fact_mention_kinds: [quantity, date]\n  fact_sections:\n    - risks\n    - decisions\n"])
        XCTAssertEqual(rules.diagnostics, [])
        XCTAssertEqual(rules.strings(setting: "fact_sections", default: []), ["risks", "decisions"])
        let assembler = FactAssembler(rules: rules)
        XCTAssertEqual(assembler.factKinds, [.quantity, .date])
        XCTAssertEqual(assembler.proseSections, [.risks, .decisions])
        // The shipped rules/facts.yml, read the same way.
        XCTAssertEqual(FactAssembler(rules: .shipped).factKinds, [.quantity, .date, .duration, .company, .site])
        XCTAssertEqual(FactAssembler(rules: .shipped).proseSections, [.summary, .outcomes, .decisions, .risks, .other])
    }

    func testUnknownDateFormIsAnErrorAtTheFormNamingTheKnownOnes() {
        let rules = load(["d.yml": """
        kind: date
        rules:
          - id: date.fortnight
            pattern: 'fortnight'
            produces: {form: fortnight}
            \(Self.examples)
          - id: date.formless
            pattern: 'sennight'
            \(Self.examples)
        """])
        let forms = DateForm.allCases.map(\.rawValue).joined(separator: ", ")
        XCTAssertEqual(rules.diagnostics.map(\.description), [
            "rules/d.yml:5:22: error: [date.fortnight] unknown date form 'fortnight'; forms: \(forms)",
            "rules/d.yml:7:5: error: [date.formless] a date rule names its form (produces: {form: …}); forms: \(forms)",
        ])
    }

    func testUnknownTokenizerIsAnErrorAtItsValueNamingTheKnownOnes() {
        let rules = load(["p.yml": """
        kind: person
        rules:
          - id: names
            pattern: '[A-Z][a-z]+'
            tokenizer: capitalised-words
            \(Self.examples)
          - id: words
            pattern: '[a-z]+'
            tokenizer: lower-words
            \(Self.examples)
        """])
        XCTAssertEqual(rules.rules.map(\.id), ["names"])
        XCTAssertEqual(rules.rules.first?.tokenizer, .capitalisedWords)
        XCTAssertEqual(rules.diagnostics.map(\.description), [
            "rules/p.yml:9:16: error: [words] unknown tokenizer 'lower-words' (known: capitalised-words)",
        ])
    }

    func testEveryRuleNeedsAPositiveExampleAndOverMatchingKindsANegativeOne() {
        var files: [String: String] = [:]
        for kind in ["quantity", "duration", "person", "company", "site", "ignore"] {
            files["\(kind).yml"] = "kind: \(kind)\nrules:\n  - id: \(kind).bare\n    pattern: 'x'\n"
        }
        files["date.yml"] = "kind: date\nrules:\n  - id: date.positive-only\n    pattern: 'x'\n    produces: {form: year}\n"
            + "    examples: {positive: [{input: 'x', expect: {}}]}\n"
        let rules = load(files)
        XCTAssertEqual(rules.diagnostics.map(\.description).sorted(), [
            "rules/company.yml:3:5: error: [company.bare] a company rule needs a negative example: a text it must not read as a company",
            "rules/company.yml:3:5: error: [company.bare] a rule needs a positive example (examples: positive: - input: …, expect: …)",
            "rules/date.yml:3:5: error: [date.positive-only] a date rule needs a negative example: a text it must not read as a date",
            "rules/duration.yml:3:5: error: [duration.bare] a duration rule needs a negative example: a text it must not read as a duration",
            "rules/duration.yml:3:5: error: [duration.bare] a rule needs a positive example (examples: positive: - input: …, expect: …)",
            "rules/ignore.yml:3:5: error: [ignore.bare] a rule needs a positive example (examples: positive: - input: …, expect: …)",
            "rules/person.yml:3:5: error: [person.bare] a person rule needs a negative example: a text it must not read as a person",
            "rules/person.yml:3:5: error: [person.bare] a rule needs a positive example (examples: positive: - input: …, expect: …)",
            "rules/quantity.yml:3:5: error: [quantity.bare] a quantity rule needs a negative example: a text it must not read as a quantity",
            "rules/quantity.yml:3:5: error: [quantity.bare] a rule needs a positive example (examples: positive: - input: …, expect: …)",
            "rules/site.yml:3:5: error: [site.bare] a rule needs a positive example (examples: positive: - input: …, expect: …)",
            "rules/site.yml:3:5: error: [site.bare] a site rule needs a negative example: a text it must not read as a site",
        ])
    }
}
