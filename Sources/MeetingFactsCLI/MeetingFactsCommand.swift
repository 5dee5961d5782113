import ArgumentParser
import Foundation

@main
struct MeetingFactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetingfacts",
        abstract: "Pull people, quantities and dated events out of meeting notes into person notes.",
        discussion: """
        Reads the meeting notes of an Obsidian-style Markdown vault, extracts people, companies, sites, \
        quantities, durations and dated events (resolved against the meeting date), and writes them as \
        Key Facts and Recent Context on person notes (People/{name}.md), creating a note for anyone new. \
        Deterministic and offline; only the managed parts of a person note ever change.
        """,
        version: "meetingfacts \(BuildVersion.describe)",
        subcommands: [RunCommand.self, ApplyCommand.self, ExtractCommand.self, FactsCommand.self, PeopleCommand.self, RulesCommand.self, EvalCommand.self]
    )

    /// The argument parser's entry point, with its usage errors (64 by default) exiting 2 as the
    /// run command's config errors do: one exit status for "you asked for something wrong".
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            Output.error(fullMessage(for: error))
            Foundation.exit(ExitStatus.usage.rawValue)
        }
    }
}
