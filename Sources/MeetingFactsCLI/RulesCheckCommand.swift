import ArgumentParser
import MeetingFacts

struct RulesCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load and compile every rule and run every example; exit non-zero if anything fails."
    )

    @OptionGroup var rules: RulesOptions

    func run() throws {
        let ruleSet = try rules.load()
        let report = RuleChecker(rules: ruleSet).check()
        for diagnostic in report.loadErrors + report.failures {
            Output.error(diagnostic.description)
        }
        print(report.summary)
        if report.failedCount > 0 { throw ExitCode(1) }
    }
}
