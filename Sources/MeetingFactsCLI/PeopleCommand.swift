import ArgumentParser
import Foundation
import MeetingFacts

struct PeopleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "List the vault's people as the tool sees them, and what the last run created, merged and left for review.",
        discussion: """
        Each person note: its aliases (and which a run added), company, role, the meetings the person \
        attended and was named in, first and last seen. Then the last run's new notes, merged spellings \
        and names to review. Reads the person notes and the run state; writes nothing. A vault no run \
        has seen is an error (exit 2).
        """
    )

    @Argument(help: "The vault folder.", completion: .directory)
    var vault: String

    @Option(help: ArgumentHelp("A config file to use instead of the vault's .meetingfacts.yml.", valueName: "file"),
            completion: .file(extensions: ["yml", "yaml"]))
    var config: String?

    @Flag(help: "Print one JSON document (snake_case keys).")
    var json = false

    func run() throws {
        let people: VaultPeople
        do {
            people = try VaultPeople.read(vault: vault, configPath: config)
        } catch {
            Output.error(error.description)
            throw ExitStatus(error).exitCode
        }
        Output.write(json ? try JSONOutput.encode(people) : PeopleCommand.text(people))
    }

    /// The readable listing: a table of people, each with its note and aliases below, then the last run.
    static func text(_ people: VaultPeople) -> String {
        var out = ""
        if let owner = people.owner { out += "Owner: \(owner)\n\n" }
        let header = ["NAME", "COMPANY", "ROLE", "ATTENDED", "NAMED", "FIRST SEEN", "LAST SEEN"]
        let rows = people.people.map { person in
            [person.name, person.company ?? "-", person.role ?? "-", "\(person.attended.count)", "\(person.namedIn.count)",
             person.firstSeen ?? "-", person.lastSeen ?? "-"]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                // Counts are right-aligned, the rest left-aligned; the last column is not padded.
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                if column == 3 || column == 4 { return pad + cell }
                return column == cells.count - 1 ? cell : cell + pad
            }.joined(separator: "  ") + "\n"
        }
        out += "\(people.people.count) \(people.people.count == 1 ? "person" : "people")\n"
        out += line(header)
        for (person, row) in zip(people.people, rows) {
            out += line(row)
            var details = "  " + person.note
            let own = person.aliases.filter { !person.aliasesAdded.contains($0) }
            if !own.isEmpty { details += " · aliases: " + own.joined(separator: ", ") }
            if !person.aliasesAdded.isEmpty { details += " · aliases a run added: " + person.aliasesAdded.joined(separator: ", ") }
            out += details + "\n"
        }
        if let run = people.lastRun {
            let review = run.nearMisses.count + run.ambiguous.count
            out += "\nLast run (\(run.date)): \(run.created.count) \(run.created.count == 1 ? "note" : "notes") created, "
                + "\(run.merges.count) \(run.merges.count == 1 ? "spelling" : "spellings") merged, "
                + "\(review) \(review == 1 ? "name" : "names") to review\n"
            for created in run.created { out += "  created  \(created.name) (\(created.note))\n" }
            for merge in run.merges { out += "  merged   '\(merge.variant)' into \(merge.person): \(merge.reason)\n" }
            for miss in run.nearMisses { out += "  review   '\(miss.name)' may be \(miss.suspectedMatch) (its note says suspected_match)\n" }
            for miss in run.ambiguous { out += "  review   '\(miss.name)' could be \(miss.suspectedMatch) (no note, no merge)\n" }
        }
        if !people.deleted.isEmpty {
            out += "\nDeleted by you, never created again: " + people.deleted.joined(separator: ", ") + "\n"
        }
        if !people.notPeople.isEmpty {
            out += "\nNever a person (not_people): " + people.notPeople.joined(separator: ", ") + "\n"
        }
        return out
    }
}
