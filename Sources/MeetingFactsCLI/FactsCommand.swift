import ArgumentParser
import Foundation
import MeetingFacts

struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "Query the facts written to person notes, from the run state."
    )

    @Argument(help: "The vault folder.")
    var vault: String

    @Option(help: "Only facts on this person's note.")
    var person: String?

    @Option(help: "Only facts holding a mention of this kind (quantity, date, duration, person, company, site).")
    var kind: String?

    @Option(help: "Only facts from meetings on or after this date (YYYY-MM-DD).")
    var since: String?

    @Flag(help: "Print JSON.")
    var json = false

    @Flag(help: "Print CSV.")
    var csv = false

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
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Output.write(String(decoding: try encoder.encode(facts), as: UTF8.self) + "\n")
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
