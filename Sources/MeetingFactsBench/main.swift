// Benchmarks that print figures (never asserted in tests): extraction throughput over a folder of
// notes, on one core and on all cores.
// Usage: meetingfacts-bench extract DIR [--rounds N] [--kinds quantity,duration] [--engine anchored|reference|both]
//        meetingfacts-bench notes DIR… (each note's cost against its work limits)
import Dispatch
import Foundation
import MeetingFacts

func notes(in directory: String) -> [String] {
    var texts: [String] = []
    let walker = FileManager.default.enumerator(atPath: directory)
    while let relative = walker?.nextObject() as? String {
        guard relative.hasSuffix(".md"),
              let data = FileManager.default.contents(atPath: (directory as NSString).appendingPathComponent(relative)) else { continue }
        texts.append(String(decoding: data, as: UTF8.self))
    }
    return texts
}

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "tokenizers" {
    try tokenizerCosts(Array(arguments.dropFirst()))
    exit(0)
}
if arguments.first == "notes" {
    noteCosts(Array(arguments.dropFirst()))
    exit(0)
}
guard arguments.count >= 2, arguments[0] == "extract" else {
    FileHandle.standardError.write(Data("usage: meetingfacts-bench extract DIR [--rounds N] [--kinds K1,K2] [--rules DIR] [--extra-rules DIR] [--per-rule] [--engine anchored|reference|both]\n".utf8))
    exit(2)
}
var rounds = 3
var kinds: Set<String>?
var perRule = false
var rulesFolder: String?
var engines: [ExtractionEngine] = [.anchored]
// Rules added to the shipped ones (a file of the same path replaces its shipped file): `make bench`
// grows the gazetteers tenfold this way.
var extraRules: [String] = []
var index = 2
while index < arguments.count {
    switch arguments[index] {
    case "--rounds": rounds = Int(arguments[index + 1]) ?? 3; index += 2
    case "--kinds": kinds = Set(arguments[index + 1].split(separator: ",").map(String.init)); index += 2
    case "--per-rule": perRule = true; index += 1
    // Every rule runs its pattern, tokenizers ignored: the figures before tokenizers and anchors.
    case "--reference": engines = [.reference]; index += 1
    case "--rules": rulesFolder = arguments[index + 1]; index += 2
    case "--engine":
        engines = arguments[index + 1] == "both" ? [.reference, .anchored] : [ExtractionEngine(rawValue: arguments[index + 1]) ?? .anchored]
        index += 2
    case "--extra-rules": extraRules.append(arguments[index + 1]); index += 2
    default: index += 1
    }
}

var rules = try RuleSet.load(extraDirectories: (rulesFolder.map { [$0] } ?? []) + extraRules, replaceShipped: rulesFolder != nil)
if let kinds { rules.rules = rules.rules.filter { kinds.contains($0.kind.rawValue) || $0.kind == .ignore } }
let texts = notes(in: arguments[1])
let bytes = texts.reduce(0) { $0 + $1.utf8.count }
let date = CalendarDate(year: 2025, month: 10, day: 31)
let contexts = texts.map { ExtractionContext(text: $0, referenceDate: date, rules: rules) }
let megabytes = Double(bytes) / 1e6
print("notes: \(texts.count), bytes: \(bytes), rules: \(rules.rules.count) (\(rules.rules.filter { $0.anchor != nil }.count) anchored)")
var oneCore: [ExtractionEngine: Double] = [:]
var matchingOneCore: [ExtractionEngine: Double] = [:]

for engine in engines {
    var made: Extractor?
    let setup = seconds { made = Extractor(rules: rules, engine: engine) }
    let extractor = made!
    var mentionCount = 0
    var statistics = AnchorStatistics()
    var matchCount = 0
    var best1 = Double.infinity
    for _ in 0..<rounds {
        best1 = min(best1, seconds {
            mentionCount = 0; matchCount = 0; statistics = AnchorStatistics()
            for context in contexts {
                let result = extractor.extract(context)
                mentionCount += result.mentions.count
                matchCount += result.matches
                statistics = statistics + result.anchorStatistics
            }
        })
    }
    oneCore[engine] = best1
    let cores = ProcessInfo.processInfo.activeProcessorCount
    var bestN = Double.infinity
    for _ in 0..<rounds {
        bestN = min(bestN, seconds {
            DispatchQueue.concurrentPerform(iterations: contexts.count) { _ = extractor.extract(contexts[$0]) }
        })
    }
    print("engine \(engine.rawValue): mentions \(mentionCount), rule matches \(matchCount), set-up \(String(format: "%.3f", setup)) s")
    if engine == .anchored {
        print("  anchor atom hits \(statistics.atomHits), rule-hit pairs \(statistics.ruleHits), PCRE2 confirmations \(statistics.confirmations), "
              + "full scans \(statistics.fullScans) (\(statistics.fullScans / max(1, contexts.count)) a note)")
    }
    // The matching layer alone: every rule's matches found, none interpreted.
    var bestMatching = Double.infinity
    var counted = 0
    for _ in 0..<rounds {
        bestMatching = min(bestMatching, seconds { counted = texts.reduce(0) { $0 + extractor.countMatches(in: $1).matches } })
    }
    matchingOneCore[engine] = bestMatching
    print(String(format: "  matching only (%d matches), 1 core: %.3f s, %.2f MB/s", counted, bestMatching, megabytes / bestMatching))
    print(String(format: "  1 core: %.3f s, %.2f MB/s", best1, megabytes / best1))
    print(String(format: "  %d cores: %.3f s, %.2f MB/s, speed-up %.2fx", cores, bestN, megabytes / bestN, best1 / bestN))
}
if let reference = oneCore[.reference], let anchored = oneCore[.anchored] {
    print(String(format: "anchored vs reference, one core: x%.2f (matching only: x%.2f)", reference / anchored,
                 matchingOneCore[.reference]! / matchingOneCore[.anchored]!))
}

if perRule {
    // Each rule's own scan over every note, slowest first: where the time goes.
    var costs: [(id: String, seconds: Double, matches: Int, statistics: AnchorStatistics)] = []
    for rule in rules.rules {
        var single = rules
        single.rules = [rule]
        let only = Extractor(rules: single, engine: engines.last!)
        var matches = 0
        var statistics = AnchorStatistics()
        let elapsed = seconds {
            for text in texts {
                let result = only.countMatches(in: text)
                matches += result.matches
                statistics = statistics + result.statistics
            }
        }
        costs.append((rule.id, elapsed, matches, statistics))
    }
    print("\nper rule, matching only (\(engines.last!.rawValue) engine, all notes), slowest first:")
    for cost in costs.sorted(by: { $0.seconds > $1.seconds }).prefix(25) {
        let anchor = cost.statistics.fullScans > 0 ? "full scan" : "hits \(cost.statistics.ruleHits) confirms \(cost.statistics.confirmations)"
        print(String(format: "%8.1f MB/s %7.3f s %7d matches  %@  (%@)", megabytes / cost.seconds, cost.seconds, cost.matches, cost.id, anchor))
    }
}
