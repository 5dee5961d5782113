import ArgumentParser
import Foundation
import MeetingFacts

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Write what new or changed meeting notes say onto person notes.",
        discussion: """
        Exit status: 0 when all went well, 1 when some notes failed (the others were processed),
        2 on usage or config errors, 75 when another run holds the lock. With --dry-run --exit-code,
        1 when there are changes.
        """
    )

    @Argument(help: "The vault folder.")
    var vault: String

    @Argument(help: "Meeting notes to process now (the batch run right after a meeting); default: every new or changed note.")
    var notes: [String] = []

    @Flag(help: "Print a unified diff of every change and write nothing at all.")
    var dryRun = false

    @Flag(help: "With --dry-run: exit 1 when there are changes, like git diff --exit-code.")
    var exitCode = false

    @Option(help: "A config file to use instead of the vault's .meetingfacts.yml.")
    var config: String?

    @Option(help: "A rules folder adding to the shipped rules (same relative path replaces a shipped file).")
    var rules: String?

    @Option(help: "The run date written into notes (YYYY-MM-DD), for reproducible output.")
    var today: String?

    @Flag(help: "Process every meeting note, not only new or changed ones.")
    var full = false

    @Option(help: "Seconds to wait for another run's lock before exiting 75.")
    var wait: Double = 0

    @Flag(help: "Print the run report as JSON.")
    var json = false

    @Flag(help: "Print only errors (for cron).")
    var quiet = false

    func validate() throws {
        if let today, CalendarDate(iso: today) == nil {
            throw ValidationError("--today takes YYYY-MM-DD, not '\(today)'")
        }
        if wait < 0 { throw ValidationError("--wait takes a number of seconds ≥ 0") }
        if exitCode && !dryRun { throw ValidationError("--exit-code goes with --dry-run") }
    }

    func run() throws {
        var options = RunOptions(vault: vault, today: today.flatMap { CalendarDate(iso: $0) } ?? CalendarDate.today())
        options.notes = notes
        options.dryRun = dryRun
        options.full = full
        options.wait = wait
        options.configPath = config
        options.rulesDirectory = rules
        options.colored = dryRun && isatty(STDOUT_FILENO) == 1
        let progress = ProgressBar(enabled: !quiet && !json && isatty(STDERR_FILENO) == 1)
        let report: RunReport
        do {
            report = try VaultRun(options: options).execute { done, total in progress.show(done, of: total) }
        } catch {
            progress.finish()
            Output.error(error.description)
            throw ExitCode(error.exitCode)
        }
        progress.finish()
        if dryRun && !report.diff.isEmpty { Output.write(report.diff) }
        for line in report.errors { Output.error(line) }
        if !quiet {
            for line in report.warnings { Output.error(line) }
            for miss in report.nearMisses { Output.error("review: '\(miss.name)' may be \(miss.suspectedMatch)") }
            for group in report.duplicateGroups {
                Output.error("same meeting: \(group.canonical) (canonical) = \(group.copies.joined(separator: ", "))")
            }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Output.write(String(decoding: try encoder.encode(report), as: UTF8.self) + "\n")
        } else if !quiet {
            (dryRun ? Output.error : { Output.write($0 + "\n") })(report.summary)
        }
        if !report.errors.isEmpty { throw ExitCode(1) }
        if exitCode && !report.changedFiles.isEmpty { throw ExitCode(1) }
    }
}
