import Foundation

/// Runs the analysis `extract` runs over every annotated note of a folder and scores it against
/// the note's gold sidecar. Mentions inside the frontmatter are not scored: it is metadata.
public struct CorpusEvaluator: Sendable {
    public var rules: RuleSet
    public var scorer = Scorer()

    public init(rules: RuleSet = .shipped) {
        self.rules = rules
    }

    public func evaluate(directory: String) throws -> CorpusEvaluation {
        let parser = NoteParser(rules: rules)
        let analyzer = NoteAnalyzer(rules: rules)
        var notes: [NoteEvaluation] = []
        var problems: [String] = []
        var totals = Scorer.kinds.map { KindScore(kind: $0.rawValue) }
        for entry in GoldFile.entries(in: directory) {
            let gold = try GoldFile.load(from: entry.goldPath)
            let path = entry.notePath
            guard FileManager.default.fileExists(atPath: path) else {
                problems.append("\(entry.goldPath): its note \(path) does not exist")
                continue
            }
            let note = try parser.parse(fileAt: URL(fileURLWithPath: path), path: path, requireDate: gold.date == nil)
            guard let date = gold.date.flatMap(CalendarDate.init(iso:)) ?? note.date else {
                problems.append("\(path): no meeting date in the note or its gold")
                continue
            }
            let analysis = analyzer.analyze(note, date: date)
            let buffer = TextBuffer(note.text)
            var expected: [Mention] = []
            for annotation in gold.mentions where gold.kinds?.contains(annotation.kind) ?? true {
                if let mention = annotation.mention(in: buffer) {
                    expected.append(mention)
                } else {
                    let place = annotation.text.map { "'\($0)'" } ?? "at columns \(annotation.columns ?? [])"
                    problems.append("\(path):\(annotation.line): gold \(annotation.kind) \(place) is not on that line")
                }
            }
            let predicted = analysis.mentions.filter {
                $0.line > note.frontmatterLineCount && gold.covers(line: $0.line) && (gold.kinds?.contains($0.kind) ?? true)
            }
            let score = scorer.score(gold: expected, predicted: predicted)
            notes.append(NoteEvaluation(path: path, score: score))
            totals = totals.map { total in score.kinds[total.kind].map { total + $0 } ?? total }
        }
        return CorpusEvaluation(notes: notes, kinds: totals, goldProblems: problems)
    }
}
