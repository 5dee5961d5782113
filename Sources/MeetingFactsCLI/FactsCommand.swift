import ArgumentParser
import Foundation
import MeetingFacts

struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "Query the facts written to person notes, from the run state."
    )

    @Argument(help: "The vault folder.", completion: .directory)
    var vault: String

    @Option(help: ArgumentHelp("Only facts on this person's note.", valueName: "name"))
    var person: String?

    @Option(help: "Only facts holding a mention of this kind (quantity, date, duration, person, company, site; text for none).",
            completion: .list(FactsCommand.kinds))
    var kind: String?

    @Option(help: ArgumentHelp("Only facts from meetings on or after this date (YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Flag(help: "Print JSON.")
    var json = false

    @Flag(help: "Print CSV.")
    var csv = false

    /// The mention kinds of the shipped rules, and `text` for a fact holding none: what `--kind` completes to.
    static let kinds = ["quantity", "date", "duration", "person", "company", "site", "text"]

    func validate() throws {
        if let since, CalendarDate(iso: since) == nil { throw ValidationError("--since takes YYYY-MM-DD, not '\(since)'") }
        if json && csv { throw ValidationError("--json and --csv exclude each other") }
    }

    func run() throws {
        let facts: [IndexedFact]
        do {
            facts = try StateStore(vaultRoot: vault, readOnly: true).facts(person: person, kind: kind, since: since)
        } catch {
            Output.error("\(vault): error: cannot read run state: \(error)")
            throw ExitCode(1)
        }
        if json {
            Output.write(try JSONOutput.encode(facts))
        } else if csv {
            func field(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            Output.write("person,kinds,meeting_date,meeting,text\n")
            for fact in facts {
                Output.write([fact.person, fact.kinds, fact.meetingDate, fact.meetingPath, fact.text].map(field).joined(separator: ",") + "\n")
            }
        } else {
            for fact in facts { Output.write("\(fact.meetingDate)  \(fact.person)  \(fact.text)\n") }
        }
    }
}
