import Foundation
import XCTest
@testable import MeetingFacts

/// Every example of every shipped rule is a test: this runs them all, as `meetingfacts rules check` does.
final class ShippedRulesTests: XCTestCase {
    static func ruleIDsOnDisk() -> [String] {
        let folder = RepositoryPaths.root + "/rules"
        let files = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".yml") }
        return files.flatMap { file -> [String] in
            let text = (try? String(contentsOfFile: folder + "/" + file, encoding: .utf8)) ?? ""
            return text.components(separatedBy: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("- id:") }
        }
    }

    func testEveryShippedRuleCompilesAndPassesItsExamples() {
        let rules = RuleSet.shipped
        // Every rule written in rules/ is loaded: one `- id:` line per rule.
        XCTAssertEqual(rules.rules.count, ShippedRulesTests.ruleIDsOnDisk().count)
        let report = RuleChecker(rules: rules).check()
        for problem in report.loadErrors + report.failures {
            XCTFail(problem.description)
        }
        XCTAssertEqual(report.failedCount, 0, report.summary)
    }

    func testShippedRulesLiveInsideTheBinary() throws {
        let folder = RepositoryPaths.root + "/rules"
        let onDisk = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? [])
            .filter { !$0.hasPrefix(".") && !($0 as NSString).lastPathComponent.hasPrefix(".") }
            .filter { var isFolder: ObjCBool = false; FileManager.default.fileExists(atPath: folder + "/" + $0, isDirectory: &isFolder); return !isFolder.boolValue }
        XCTAssertEqual(Set(RuleSource.shipped.map(\.relativePath)), Set(onDisk))
        XCTAssertTrue(RuleSource.shipped.allSatisfy { $0.displayPath == "rules/" + $0.relativePath })
    }

    /// The list of known settings is the shipped settings, no more, no less: a key listed but set
    /// nowhere, or set but not listed, fails here.
    func testEveryKnownSettingIsSetByAShippedRuleFile() {
        XCTAssertEqual(Set(RuleSet.shipped.settings.keys), Set(RuleSetting.all.map(\.key)))
    }
}
