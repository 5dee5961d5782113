import ArgumentParser
import Foundation
import MeetingFacts

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Write what new or changed meeting notes say onto person notes.",
        discussion: ExitStatus.helpText
    )

    @Argument(help: "The vault folder.", completion: .directory)
    var vault: String

    @Argument(help: "Meeting notes to process now (the batch run right after a meeting); default: every new or changed note.",
              completion: .file(extensions: ["md"]))
    var notes: [String] = []

    @Flag(help: "Print a unified diff of every change and write nothing at all.")
    var dryRun = false

    @Flag(help: "With --dry-run: exit 1 when there are changes, like git diff --exit-code.")
    var exitCode = false

    @Option(help: ArgumentHelp("With --dry-run: save the plan (the changes and the fingerprint of every file read) for `meetingfacts apply`.",
                               valueName: "plan"), completion: .file())
    var save: String?

    @Option(help: ArgumentHelp("A config file to use instead of the vault's .meetingfacts.yml.", valueName: "file"), completion: .file(extensions: ["yml", "yaml"]))
    var config: String?

    @Option(help: ArgumentHelp("A rules folder adding to the shipped rules (same relative path replaces a shipped file).", valueName: "folder"),
            completion: .directory)
    var rules: String?

    @Option(help: ArgumentHelp("The run date written into notes (YYYY-MM-DD), for reproducible output.", valueName: "date"))
    var today: String?

    @Flag(help: "Process every meeting note, not only new or changed ones, and report notes skipped before again.")
    var full = false

    @Option(help: ArgumentHelp("Seconds to wait for another run's lock before exiting 75.", valueName: "seconds"))
    var wait = Seconds(0)

    @Option(help: ArgumentHelp("Colour the diff: auto (a terminal, no NO_COLOR, TERM not dumb), always (for less -R) or never.", valueName: "when"))
    var color = ColorChoice.auto

    @Flag(help: "Print the run report as one JSON document (snake_case keys; with --dry-run the diff is its diff field).")
    var json = false

    @Flag(help: "Print only errors (for cron).")
    var quiet = false

    @Flag(help: "Also print each group of notes that record the same meeting.")
    var verbose = false

    func validate() throws {
        if let today, CalendarDate(iso: today) == nil {
            throw ValidationError("--today takes YYYY-MM-DD, not '\(today)'")
        }
        if wait.value < 0 { throw ValidationError("--wait takes a number of seconds ≥ 0") }
        if exitCode && !dryRun { throw ValidationError("--exit-code goes with --dry-run") }
        if save != nil && !dryRun { throw ValidationError("--save goes with --dry-run") }
        if quiet && verbose { throw ValidationError("--quiet and --verbose exclude each other") }
    }

    func run() throws {
        var options = RunOptions(vault: vault, today: today.flatMap { CalendarDate(iso: $0) } ?? CalendarDate.today())
        options.notes = notes
        options.dryRun = dryRun
        options.recordPlan = save != nil
        options.full = full
        options.wait = wait.value
        options.configPath = config
        options.rulesDirectory = rules
        // The JSON document carries the diff without colour codes.
        options.colored = dryRun && !json && color.isEnabled()
        let progress = ProgressBar(enabled: !quiet && !json && isatty(STDERR_FILENO) == 1)
        let report: RunReport
        do {
            report = try VaultRun(options: options).execute { done, total in progress.show(done, of: total) }
        } catch {
            progress.finish()
            Output.error(error.description)
            let status = ExitStatus(error)
            if json { Output.write(try JSONOutput.encode(RunFailureDocument(error: error.description, exitStatus: status.rawValue))) }
            throw status.exitCode
        }
        progress.finish()
        if let save, let plan = report.plan {
            do { try plan.encoded().write(to: URL(fileURLWithPath: save), options: .atomic) } catch {
                Output.error("\(save): error: cannot save the plan: \(error.localizedDescription)")
                throw ExitStatus.usage.exitCode
            }
        }
        let status: ExitStatus = !report.errors.isEmpty ? .notesFailed
            : exitCode && !report.changedFiles.isEmpty ? .changes : .success
        if dryRun && !json && !report.diff.isEmpty { Output.write(report.diff) }
        for line in report.errors { Output.error(line) }
        if !quiet {
            for line in report.warnings { Output.error(line) }
            for miss in report.nearMisses { Output.error("review: '\(miss.name)' may be \(miss.suspectedMatch)") }
            if verbose {
                for group in report.duplicateGroups {
                    Output.error("same meeting: \(group.canonical) (canonical) = \(group.copies.joined(separator: ", "))")
                }
            }
        }
        if json {
            Output.write(try JSONOutput.encode(RunDocument(report, dryRun: dryRun, exitStatus: status)))
        } else if !quiet {
            (dryRun ? Output.error : { Output.write($0 + "\n") })(report.summary)
        }
        if status != .success { throw status.exitCode }
    }
}
