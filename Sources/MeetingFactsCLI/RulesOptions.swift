import ArgumentParser
import MeetingFacts

/// `--rules DIR`, shared by every command that extracts.
struct RulesOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("A rules folder whose files add to (or, by the same path, replace) the shipped ones.", valueName: "folder"),
            completion: .directory)
    var directory: String?

    @Flag(name: .customLong("rules-only"), help: "Use only the --rules folder, not the shipped rules.")
    var rulesOnly = false

    func load() throws -> RuleSet {
        do {
            return try RuleSet.load(extraDirectory: directory, replaceShipped: rulesOnly && directory != nil)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
