import ArgumentParser

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Work with the extraction rules.",
        subcommands: [RulesCheckCommand.self]
    )
}
