import ArgumentParser
import Foundation
import MeetingFacts

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print what one meeting note (or standard input) holds, as JSON."
    )

    @Option(help: ArgumentHelp("The meeting date (YYYY-MM-DD): the reference for relative dates; overrides the note's. Without it, a text with no date is read as of today.", valueName: "date"))
    var date: String?

    @Option(help: ArgumentHelp("A vault config file to use instead of the .meetingfacts.yml found above the note.", valueName: "file"),
            completion: .file(extensions: ["yml", "yaml"]))
    var config: String?

    @Flag(help: "Print JSON (the only output format).")
    var json = false

    @Argument(help: "A Markdown meeting note, or - for standard input.", completion: .file(extensions: ["md"]))
    var path: String

    @OptionGroup var rules: RulesOptions

    func validate() throws {
        if let date, CalendarDate(iso: date) == nil {
            throw ValidationError("--date takes YYYY-MM-DD, not '\(date)'")
        }
    }

    func run() throws {
        let overrideDate = date.flatMap { CalendarDate(iso: $0) }
        let noteURL = path == "-" ? nil : URL(fileURLWithPath: path)
        let vaultConfig: VaultConfig
        let configURL: URL?
        do {
            configURL = config.map { URL(fileURLWithPath: $0) } ?? noteURL.flatMap(ExtractCommand.configAbove)
            vaultConfig = try VaultConfig.load(vaultRoot: nil, override: configURL)
        } catch {
            Output.error(error.description)
            throw ExitStatus.usage.exitCode
        }
        let ruleSet = try loadRules(config: vaultConfig, configURL: configURL)
        let parser = NoteParser(rules: ruleSet)
        let note: MeetingNote
        do {
            if let noteURL {
                note = try parser.parse(fileAt: noteURL, path: path, requireDate: false)
            } else {
                let bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
                note = try parser.parse(text: parser.decode(bytes, path: path), path: path, requireDate: false)
            }
        } catch {
            Output.error(error.description)
            throw ExitCode(1)
        }
        // Text with no date anywhere (plain text piped in) is read as of today, as a person reading
        // it now would; `--date` sets the day it was said.
        let meetingDate = overrideDate ?? note.date ?? CalendarDate.today()
        let known = (configURL.map { ExtractCommand.knownPeople(vaultRoot: $0.deletingLastPathComponent(), config: vaultConfig, rules: ruleSet) } ?? [])
            + KnownPerson.ownerSpellings(in: vaultConfig)
        let analyzer = NoteAnalyzer(rules: ruleSet, knownPeople: known, owner: vaultConfig.owner,
                                    monthFirst: vaultConfig.dateOrder == .us)
        let analysis = analyzer.analyze(note, date: meetingDate)
        for diagnostic in analysis.diagnostics { Output.error(diagnostic.description) }
        let object = ExtractOutput(file: path, date: meetingDate.iso, title: note.title, attendees: analysis.people.attendees,
                                   referenced: analysis.people.referenced, mentions: analysis.mentions, facts: analysis.facts,
                                   review: analysis.people.nearMisses)
        Output.write(try JSONOutput.encode(object))
    }

    /// The people the vault's person notes name (from the people folder of the vault the config belongs to).
    private static func knownPeople(vaultRoot: URL, config: VaultConfig, rules: RuleSet) -> [KnownPerson] {
        let folder = config.peopleFolder
        let paths = VaultFile.list(root: vaultRoot.path).files.map(\.path).filter { folder.isEmpty || $0.hasPrefix(folder + "/") }
        let scan = VaultScanner(root: vaultRoot, config: config, parser: NoteParser(rules: rules)).scan(paths: paths)
        return PeopleDirectory(personNotes: scan.personNotes).people
    }

    /// The shipped rules with `--rules`, else with the config's `rules` folder (relative to the config's folder).
    private func loadRules(config: VaultConfig, configURL: URL?) throws -> RuleSet {
        guard rules.directory == nil, let extra = config.rules else { return try rules.load() }
        let base = configURL?.deletingLastPathComponent() ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let directory = extra.hasPrefix("/") ? extra : base.appendingPathComponent(extra).path
        do {
            return try RuleSet.load(extraDirectory: directory)
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// The nearest `.meetingfacts.yml` in the note's folder or a folder above it.
    private static func configAbove(_ note: URL) -> URL? {
        var folder = note.standardizedFileURL.deletingLastPathComponent()
        while true {
            let candidate = folder.appendingPathComponent(VaultConfig.fileName)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }
}

/// The `extract --json` contract's object; `review` (names close to a known person) is an added key.
private struct ExtractOutput: Encodable {
    var file: String
    var date: String
    var title: String
    var attendees: [String]
    var referenced: [String]
    var mentions: [Mention]
    var facts: [Fact]
    var review: [NearMiss]
}
