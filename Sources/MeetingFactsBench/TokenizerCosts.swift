import Foundation
import MeetingFacts

/// `meetingfacts-bench tokenizers DIR [--rounds N] [--rules DIR] [--before RULES_DIR]`: what code
/// in place of a pattern saves. For each rule with a tokenizer: a full scan of its pattern against
/// the tokenizer (matches alone), and extraction with that rule alone, reference (pattern) against
/// tokenizer (matches interpreted). With `--before`, each rule whose pattern differs from the one
/// of that rules folder: extraction with that rule alone, before against now. Rounds alternate
/// between the two sides and the best CPU time of each is kept, so a loaded machine hits both alike.
func tokenizerCosts(_ arguments: [String]) throws {
    guard let folder = arguments.first else {
        FileHandle.standardError.write(Data("usage: meetingfacts-bench tokenizers DIR [--rounds N] [--rules DIR] [--before RULES_DIR]\n".utf8))
        exit(2)
    }
    var rounds = 5
    var rulesFolder: String?
    var beforeFolder: String?
    var index = 1
    while index + 1 < arguments.count {
        switch arguments[index] {
        case "--rounds": rounds = Int(arguments[index + 1]) ?? rounds
        case "--rules": rulesFolder = arguments[index + 1]
        case "--before": beforeFolder = arguments[index + 1]
        default: break
        }
        index += 2
    }
    let rules = try RuleSet.load(extraDirectories: rulesFolder.map { [$0] } ?? [], replaceShipped: rulesFolder != nil)
    let texts = notes(in: folder)
    let megabytes = Double(texts.reduce(0) { $0 + $1.utf8.count }) / 1e6
    let date = CalendarDate(year: 2025, month: 10, day: 31)
    let contexts = texts.map { ExtractionContext(text: $0, referenceDate: date, rules: rules) }
    print(String(format: "notes: %d, %.2f MB, %d rules; thread CPU time, best of %d rounds each, sides alternating",
                 texts.count, megabytes, rules.rules.count, rounds))

    /// The CPU time of this thread: on a machine shared with other work it counts only our own.
    func cpuSeconds(_ body: () -> Void) -> Double {
        var start = timespec(), end = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
        body()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
        return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
    }
    /// Best CPU time of each side over `rounds` alternating rounds, and what each side counted.
    func compare(_ one: () -> Int, _ other: () -> Int) -> (Double, Double, Int, Int) {
        var best = (Double.infinity, Double.infinity)
        var counts = (0, 0)
        for _ in 0..<rounds {
            best.0 = min(best.0, cpuSeconds { counts.0 = one() })
            best.1 = min(best.1, cpuSeconds { counts.1 = other() })
        }
        return (best.0, best.1, counts.0, counts.1)
    }
    func report(_ label: String, _ result: (Double, Double, Int, Int), _ names: (String, String)) {
        print(String(format: "  %@: %@ %.3f s (%.1f MB/s, %d), %@ %.3f s (%.1f MB/s, %d): x%.1f", label,
                     names.0, result.0, megabytes / result.0, result.2, names.1, result.1, megabytes / result.1, result.3,
                     result.0 / result.1))
    }
    func extraction(_ extractor: Extractor) -> Int {
        contexts.reduce(0) { $0 + extractor.extract($1).matches }
    }

    for rule in rules.rules {
        guard let tokenizer = rule.tokenizer else { continue }
        print("\(rule.id) (tokenizer \(tokenizer.rawValue)):")
        let scans = compare({
            texts.reduce(0) { total, text in total + ((try? rule.pattern.matches(in: text).count) ?? 0) }
        }, {
            texts.reduce(0) { $0 + tokenizer.matches(in: $1).count }
        })
        report("scan, matches", scans, ("pattern", "tokenizer"))
        var single = rules
        single.rules = [rule]
        let extractions = compare({ extraction(Extractor(rules: single, engine: .reference)) },
                                  { extraction(Extractor(rules: single)) })
        report("extraction, matches", extractions, ("pattern", "tokenizer"))
    }

    print("every rule (one core):")
    let all = compare({ extraction(Extractor(rules: rules, engine: .reference)) }, { extraction(Extractor(rules: rules)) })
    report("extraction, matches", all, ("patterns", "tokenizers"))

    guard let beforeFolder else { return }
    let before = try RuleSet.load(extraDirectories: [beforeFolder], replaceShipped: true)
    print("every rule (one core), the rules of \(beforeFolder) by their patterns against these rules:")
    let beforeContexts = texts.map { ExtractionContext(text: $0, referenceDate: date, rules: before) }
    let beforeExtractor = Extractor(rules: before, engine: .reference), nowExtractor = Extractor(rules: rules)
    let whole = compare({ beforeContexts.reduce(0) { $0 + beforeExtractor.extract($1).mentions.count } },
                        { contexts.reduce(0) { $0 + nowExtractor.extract($1).mentions.count } })
    report("extraction, mentions", whole, ("before", "now"))
    for rule in rules.rules {
        guard let old = before.rules.first(where: { $0.id == rule.id }), old.pattern.source != rule.pattern.source else { continue }
        print("\(rule.id) (pattern changed since \(beforeFolder)):")
        var now = rules, then = before
        now.rules = [rule]
        then.rules = [old]
        let thenContexts = texts.map { ExtractionContext(text: $0, referenceDate: date, rules: then) }
        let thenExtractor = Extractor(rules: then, engine: .reference), nowExtractor = Extractor(rules: now)
        let result = compare({
            thenContexts.reduce(0) { $0 + thenExtractor.extract($1).mentions.count }
        }, {
            contexts.reduce(0) { $0 + nowExtractor.extract($1).mentions.count }
        })
        report("extraction, mentions", result, ("before", "now"))
    }
}
