import ArgumentParser
import Foundation
import MeetingFacts

struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "Query the facts written to person notes, from the run state.",
        discussion: """
        Lists the Key Facts the last runs wrote to person notes, with their typed mentions, newest \
        meeting first. A fact is listed only while its line is still on the person note and its \
        meeting note still exists: a line you deleted, or a deleted note, never shows. A vault that \
        has never been run is an error (exit 2).

        --csv prints the columns kind, value, unit, start, end, person, company, meeting, text: one \
        row per typed mention of a fact (only the mentions --kind, --unit, --min and --max select, \
        when given), and one row with empty kind, value, unit, start and end for a fact holding none.

        Value is a quantity's number in the unit of the unit column (B, B/s, W, USD, %, count), a \
        duration's seconds (unit s), a range as low..high, or the name of a person, company or site. \
        Start and end are a date's first and last day. Person is whose note holds the fact, company \
        the companies the fact names (or states someone works for), meeting the meeting note.

        --json prints each fact whole, with every mention.
        """
    )

    @Argument(help: "The vault folder.", completion: .directory)
    var vault: String

    @Option(help: ArgumentHelp("Only facts on this person's note: their name or an alias of the note, in any case.", valueName: "name"))
    var person: String?

    @Option(help: ArgumentHelp("Only facts holding a mention of this kind (text: holding none); repeat for several.", valueName: "kind"))
    var kind: [FactKind] = []

    @Option(help: ArgumentHelp("Only quantities in this unit, as extract writes it (B, B/s, W, USD, %, count).", valueName: "unit"))
    var unit: String?

    @Option(help: ArgumentHelp("Only quantities of at least this value in the base unit (2e12 for 2 TB/s); a range by its low end.", valueName: "number"))
    var min: Double?

    @Option(help: ArgumentHelp("Only quantities of at most this value; a range by its high end.", valueName: "number"))
    var max: Double?

    @Option(help: ArgumentHelp("Only facts from meetings on or after this date (YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Flag(help: "Print the facts whole as JSON (snake_case keys).")
    var json = false

    @Flag(help: "Print CSV, one row per typed mention (see above).")
    var csv = false

    var query: FactQuery {
        FactQuery(person: person, kinds: Set(kind), unit: unit, minimum: min, maximum: max, since: since)
    }

    func validate() throws {
        if let since, CalendarDate(iso: since) == nil { throw ValidationError("--since takes YYYY-MM-DD, not '\(since)'") }
        if json && csv { throw ValidationError("--json and --csv exclude each other") }
        if query.filtersQuantities, !kind.allSatisfy({ $0 == .quantity }) {
            throw ValidationError("--unit, --min and --max select quantities: use them with --kind quantity or no --kind")
        }
        if let min, let max, min > max { throw ValidationError("--min \(min) is above --max \(max)") }
    }

    func run() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: vault, isDirectory: &isFolder), isFolder.boolValue else {
            Output.error("\(vault): error: not a folder")
            throw ExitStatus.usage.exitCode
        }
        let matches: [FactQuery.Match]
        do {
            let store = try StateStore(vaultRoot: vault, readOnly: true)
            guard store.exists else {
                Output.error("\(vault): error: never run (no \(StateStore.relativePath)); run `meetingfacts run \(vault)` first")
                throw ExitStatus.usage.exitCode
            }
            guard !store.isOutdated else {
                Output.error("\(vault): error: the run state predates typed facts; run `meetingfacts run \(vault)` once to index them")
                throw ExitStatus.usage.exitCode
            }
            matches = try query.run(store, vaultRoot: vault)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            Output.error("\(vault): error: cannot read run state: \(error)")
            throw ExitCode(1)
        }
        if json {
            Output.write(try JSONOutput.encode(matches.map(\.fact)))
        } else if csv {
            Output.write(FactsCommand.csvHeader + "\n")
            for match in matches {
                for row in FactsCommand.rows(match) { Output.write(row.map(FactsCommand.field).joined(separator: ",") + "\n") }
            }
        } else {
            for match in matches { Output.write("\(match.fact.meetingDate)  \(match.fact.person)  \(match.fact.text)\n") }
        }
    }

    static let csvHeader = "kind,value,unit,start,end,person,company,meeting,text"

    /// The CSV rows of one fact: one per selected mention, or one with empty typed columns.
    static func rows(_ match: FactQuery.Match) -> [[String]] {
        let fact = match.fact
        var companies: [String] = []
        for mention in fact.mentions {
            let company = mention.kind == .company ? mention.name ?? mention.text : mention.company
            if let company, !companies.contains(company) { companies.append(company) }
        }
        let context = [fact.person, companies.joined(separator: "; "), fact.meetingPath, fact.text]
        guard !match.mentions.isEmpty else { return [["", "", "", "", ""] + context] }
        return match.mentions.map { mention in
            var value = "", unit = ""
            switch mention.kind {
            case .quantity:
                value = amount(mention.value, low: mention.low, high: mention.high)
                unit = mention.unit ?? ""
            case .duration:
                value = amount(mention.seconds, low: mention.low, high: mention.high)
                unit = value.isEmpty ? "" : "s"
            case .person, .company, .site:
                value = mention.name ?? mention.text
            case .date, .set, .ignore:
                break
            }
            return [mention.kind.rawValue, value, unit, mention.start ?? "", mention.end ?? ""] + context
        }
    }

    /// A number, or a range as `low..high`; empty when the mention holds neither.
    static func amount(_ value: Double?, low: Double?, high: Double?) -> String {
        if let value { return number(value) }
        guard low != nil || high != nil else { return "" }
        return (low.map(number) ?? "") + ".." + (high.map(number) ?? "")
    }

    /// Whole numbers without a fraction (2000000000000, not 2e+12), others as Swift prints them (0.15).
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 9e18 { return String(Int64(value)) }
        return String(value)
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
