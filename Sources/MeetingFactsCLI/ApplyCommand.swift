import ArgumentParser
import Foundation
import MeetingFacts

struct ApplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Write exactly the changes of a plan saved by `run --dry-run --save PLAN`.",
        discussion: """
        Refuses, naming the files, when a note the plan read or would write, the config, the rules or \
        the run state changed since the plan was made; then nothing is written. Otherwise writes each \
        note atomically and saves the run state as the run would have.
        """ + "\n\n" + ExitStatus.helpText
    )

    @Argument(help: "The plan file.", completion: .file())
    var plan: String

    @Option(help: ArgumentHelp("Seconds to wait for another run's lock before exiting 75.", valueName: "seconds"))
    var wait = Seconds(0)

    @Flag(help: "Print the report as one JSON document (snake_case keys).")
    var json = false

    @Flag(help: "Print only errors.")
    var quiet = false

    func validate() throws {
        if wait.value < 0 { throw ValidationError("--wait takes a number of seconds ≥ 0") }
    }

    func run() throws {
        let report: RunReport
        do {
            var application = PlanApplication(plan: try RunPlan.read(path: plan))
            application.wait = wait.value
            report = try application.execute()
        } catch {
            let failure = error
            Output.error(failure.description)
            let status = ExitStatus(failure)
            if json { Output.write(try JSONOutput.encode(RunFailureDocument(error: failure.description, exitStatus: status.rawValue))) }
            throw status.exitCode
        }
        let status: ExitStatus = report.errors.isEmpty ? .success : .notesFailed
        for line in report.errors { Output.error(line) }
        if json {
            Output.write(try JSONOutput.encode(RunDocument(report, dryRun: false, exitStatus: status)))
        } else if !quiet {
            Output.write(report.summary + "\n")
        }
        if status != .success { throw status.exitCode }
    }
}
