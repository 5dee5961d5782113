import XCTest
@testable import MeetingFacts

/// Every example of every shipped rule is a test: this runs them all, as `meetingfacts rules check` does.
final class ShippedRulesTests: XCTestCase {
    func testEveryShippedRuleCompilesAndPassesItsExamples() {
        let rules = RuleSet.shipped
        XCTAssertGreaterThan(rules.rules.count, 0)
        let report = RuleChecker(rules: rules).check()
        for problem in report.loadErrors + report.failures {
            XCTFail(problem.description)
        }
        XCTAssertEqual(report.failedCount, 0, report.summary)
    }

    func testShippedRulesLiveInsideTheBinary() {
        let paths = RuleSource.shipped.map(\.relativePath)
        XCTAssertTrue(paths.contains("numbers.yml"))
        XCTAssertTrue(RuleSource.shipped.allSatisfy { $0.displayPath == "rules/" + $0.relativePath })
    }

    /// The list of known settings is the shipped settings, no more, no less: a key listed but set
    /// nowhere, or set but not listed, fails here.
    func testEveryKnownSettingIsSetByAShippedRuleFile() {
        XCTAssertEqual(Set(RuleSet.shipped.settings.keys), Set(RuleSetting.all.map(\.key)))
    }
}
