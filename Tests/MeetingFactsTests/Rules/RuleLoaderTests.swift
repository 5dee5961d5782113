import XCTest
@testable import MeetingFacts

final class RuleLoaderTests: XCTestCase {
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
          - id: same
            pattern: 'b'
        """])
        XCTAssertEqual(rules.rules.count, 1)
        XCTAssertEqual(rules.diagnostics.first?.location.line, 5)
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
