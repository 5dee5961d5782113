import ArgumentParser

@main
struct MeetingFactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetingfacts",
        abstract: "Pull people, quantities and dated events out of meeting notes into person notes.",
        subcommands: [RunCommand.self, ExtractCommand.self, FactsCommand.self, RulesCommand.self, EvalCommand.self]
    )
}
