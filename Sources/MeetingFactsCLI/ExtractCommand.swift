import ArgumentParser
import Foundation
import MeetingFacts

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print what one meeting note (or standard input) holds, as JSON."
    )

    @Option(help: "The meeting date (YYYY-MM-DD): the reference for relative dates; overrides the note's.")
    var date: String?

    @Flag(help: "Print JSON (the only output format).")
    var json = false

    @Argument(help: "A Markdown meeting note, or - for standard input.")
    var path: String

    @OptionGroup var rules: RulesOptions

    func validate() throws {
        if let date, CalendarDate(iso: date) == nil {
            throw ValidationError("--date takes YYYY-MM-DD, not '\(date)'")
        }
    }

    func run() throws {
        let ruleSet = try rules.load()
        let text: String
        if path == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            guard let data = FileManager.default.contents(atPath: path) else {
                Output.error("\(path): error: cannot read file")
                throw ExitCode(1)
            }
            text = String(decoding: data, as: UTF8.self)
        }
        let context = ExtractionContext(text: text, referenceDate: date.flatMap { CalendarDate(iso: $0) }, rules: ruleSet)
        let result = Extractor(rules: ruleSet).extract(context, path: path)
        for diagnostic in result.diagnostics { Output.error(diagnostic.description) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let object = ExtractOutput(file: path, date: date, title: nil, attendees: [], referenced: [],
                                   mentions: result.mentions, facts: [])
        print(String(decoding: try encoder.encode(object), as: UTF8.self))
    }
}

private struct ExtractOutput: Encodable {
    var file: String
    var date: String?
    var title: String?
    var attendees: [String]
    var referenced: [String]
    var mentions: [Mention]
    var facts: [String]
}
