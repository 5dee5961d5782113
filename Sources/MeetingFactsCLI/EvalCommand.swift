import ArgumentParser
import Foundation
import MeetingFacts

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction against the gold sidecars (*.gold.json) of a folder of notes.",
        discussion: """
        Every *.md with a .gold.json beside it is analysed as `extract` analyses it. Per kind: strict \
        (same span and normalized value) and relaxed (overlapping span, same kind) precision, recall, F1.
        """
    )

    @Argument(help: "A folder of meeting notes with gold sidecars.", completion: .directory)
    var directory: String

    @Flag(help: "Print the evaluation as JSON.")
    var json = false

    @Flag(help: "List every error (missed, spurious, wrong value, boundary, wrong kind) under the table.")
    var errors = false

    @OptionGroup var rules: RulesOptions

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("'\(directory)' is not a folder")
        }
    }

    func run() throws {
        let evaluation: CorpusEvaluation
        do {
            evaluation = try CorpusEvaluator(rules: try rules.load()).evaluate(directory: directory)
        } catch let error as ValidationError {
            throw error
        } catch {
            Output.error("\(error)")
            throw ExitCode(1)
        }
        for problem in evaluation.goldProblems { Output.error(problem) }
        if evaluation.notes.isEmpty {
            Output.error("no note with a .gold.json sidecar under \(directory)")
            throw ExitCode(1)
        }
        if json {
            Output.write(try JSONOutput.encode(evaluation))
            return
        }
        Output.write(EvalCommand.table(evaluation))
        Output.write(EvalCommand.errorSummary(evaluation))
        if errors { Output.write(EvalCommand.errorList(evaluation)) }
    }

    static func table(_ evaluation: CorpusEvaluation) -> String {
        var lines = ["notes: \(evaluation.notes.count)",
                     "kind       gold  pred | strict P   R      F1    | relaxed P  R      F1"]
        var total = KindScore(kind: "all")
        for score in evaluation.kinds {
            lines.append(row(score))
            total = total + score
        }
        lines.append(row(total))
        return lines.joined(separator: "\n") + "\n"
    }

    private static func row(_ score: KindScore) -> String {
        let strict = score.strict, relaxed = score.relaxed
        return String(format: "%@ %5d %5d | %.3f  %.3f  %.3f | %.3f  %.3f  %.3f",
                      score.kind.padding(toLength: 9, withPad: " ", startingAt: 0), score.gold, score.predicted,
                      strict.precision, strict.recall, strict.f1, relaxed.precision, relaxed.recall, relaxed.f1)
    }

    /// Errors counted by kind and category, most frequent first.
    static func errorSummary(_ evaluation: CorpusEvaluation) -> String {
        var counts: [String: Int] = [:]
        for (_, error) in evaluation.errors { counts["\(error.kind) \(error.category.rawValue)", default: 0] += 1 }
        guard !counts.isEmpty else { return "" }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        return "errors: " + ranked.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n"
    }

    static func errorList(_ evaluation: CorpusEvaluation) -> String {
        var lines: [String] = []
        for (path, error) in evaluation.errors {
            let line = error.gold?.line ?? error.predicted?.line ?? 0
            let gold = error.gold.map { "gold \(describe($0))" } ?? ""
            let predicted = error.predicted.map { "got \(describe($0))" } ?? ""
            lines.append("\(path):\(line): \(error.category.rawValue) \(error.kind): " + [gold, predicted].filter { !$0.isEmpty }.joined(separator: " / "))
        }
        return lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
    }

    /// A mention as `kind 'surface' key=value…`, only the keys its kind normalizes.
    static func describe(_ mention: Mention) -> String {
        let keys: [String]
        switch mention.kind {
        case .quantity: keys = ["unit", "value", "low", "high", "approx", "item"]
        case .duration: keys = ["seconds", "approx", "timex"]
        case .date: keys = ["start", "end", "grain", "timex"]
        default: keys = ["name"]
        }
        let values = keys.compactMap { key -> String? in
            switch mention.exampleValue(for: key) {
            case .string(let text)?: return "\(key)=\(text)"
            case .number(let number)?: return "\(key)=\(number)"
            case .bool(let flag)?: return flag ? "\(key)=true" : nil
            default: return nil
            }
        }
        return "\(mention.kind) '\(mention.text)'" + (values.isEmpty ? "" : " " + values.joined(separator: " "))
    }
}
