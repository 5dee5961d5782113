import ArgumentParser
import Foundation
import MeetingFacts

struct RulesCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load and compile every rule and run every example; exit non-zero if anything fails."
    )

    @OptionGroup var rules: RulesOptions

    @Option(name: .long, help: ArgumentHelp("Markdown files under this folder are also checked: anchored matching of every rule against a full scan (default: ./corpus when it exists).", valueName: "dir"))
    var corpus: String?

    @Flag(name: .long, help: "List every rule's anchor.")
    var anchors = false

    func run() throws {
        let ruleSet = try rules.load()
        let report = RuleChecker(rules: ruleSet).check(corpus: corpusTexts())
        for diagnostic in report.loadErrors + report.failures {
            Output.error(diagnostic.description)
        }
        if anchors {
            for rule in ruleSet.rules {
                let written = rule.confirmPattern === rule.pattern ? "" : "; definitions written out"
                print("\(rule.id): \(rule.anchor?.summary ?? "none (\(rule.anchorNote ?? "no anchor"))")\(written)")
            }
        }
        if anchors {
            print("\(report.anchorDatabase.atoms) distinct anchor atoms in one Vectorscan database of \(report.anchorDatabase.bytes) bytes")
        }
        if !report.unanchored.isEmpty {
            print("\(report.unanchored.count) rules without an anchor, scanned whole: " + report.unanchored.joined(separator: "; "))
        }
        print(report.summary)
        if report.failedCount > 0 { throw ExitCode(1) }
    }

    /// The Markdown files of the corpus folder, by path.
    private func corpusTexts() -> [(name: String, text: String)] {
        let folder = corpus ?? "corpus"
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else { return [] }
        var texts: [(name: String, text: String)] = []
        let walker = FileManager.default.enumerator(atPath: folder)
        while let relative = walker?.nextObject() as? String {
            guard relative.hasSuffix(".md") else { continue }
            let path = (folder as NSString).appendingPathComponent(relative)
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            texts.append((path, String(decoding: data, as: UTF8.self)))
        }
        return texts.sorted { $0.name < $1.name }
    }
}
