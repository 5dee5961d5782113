// Benchmarks that print figures (never asserted in tests): extraction throughput over a folder of
// notes, on one core and on all cores.
// Usage: meetingfacts-bench extract DIR [--rounds N] [--kinds quantity,duration]
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
if arguments.first == "notes" {
    noteCosts(Array(arguments.dropFirst()))
    exit(0)
}
guard arguments.count >= 2, arguments[0] == "extract" else {
    FileHandle.standardError.write(Data("usage: meetingfacts-bench extract DIR [--rounds N] [--kinds K1,K2] [--rules DIR] [--extra-rules DIR] [--per-rule]\n".utf8))
    exit(2)
}
var rounds = 3
var kinds: Set<String>?
var perRule = false
var rulesFolder: String?
// Rules added to the shipped ones (a file of the same path replaces its shipped file): `make bench`
// grows the gazetteers tenfold this way.
var extraRules: [String] = []
var index = 2
while index < arguments.count {
    switch arguments[index] {
    case "--rounds": rounds = Int(arguments[index + 1]) ?? 3; index += 2
    case "--kinds": kinds = Set(arguments[index + 1].split(separator: ",").map(String.init)); index += 2
    case "--per-rule": perRule = true; index += 1
    case "--rules": rulesFolder = arguments[index + 1]; index += 2
    case "--extra-rules": extraRules.append(arguments[index + 1]); index += 2
    default: index += 1
    }
}

var rules = try RuleSet.load(extraDirectories: (rulesFolder.map { [$0] } ?? []) + extraRules, replaceShipped: rulesFolder != nil)
if let kinds { rules.rules = rules.rules.filter { kinds.contains($0.kind.rawValue) || $0.kind == .ignore } }
let extractor = Extractor(rules: rules)
let texts = notes(in: arguments[1])
let bytes = texts.reduce(0) { $0 + $1.utf8.count }
let date = CalendarDate(year: 2025, month: 10, day: 31)
let contexts = texts.map { ExtractionContext(text: $0, referenceDate: date, rules: rules) }

var mentionCount = 0
var best1 = Double.infinity
for _ in 0..<rounds {
    best1 = min(best1, seconds {
        mentionCount = contexts.reduce(0) { $0 + extractor.extract($1).mentions.count }
    })
}
let cores = ProcessInfo.processInfo.activeProcessorCount
var bestN = Double.infinity
for _ in 0..<rounds {
    bestN = min(bestN, seconds {
        DispatchQueue.concurrentPerform(iterations: contexts.count) { _ = extractor.extract(contexts[$0]) }
    })
}
let megabytes = Double(bytes) / 1e6
print("notes: \(texts.count), bytes: \(bytes), rules: \(rules.rules.count), mentions: \(mentionCount)")
print(String(format: "1 core: %.3f s, %.2f MB/s", best1, megabytes / best1))
print(String(format: "%d cores: %.3f s, %.2f MB/s, speed-up %.2fx", cores, bestN, megabytes / bestN, best1 / bestN))

if perRule {
    // Each rule's own scan over every note, slowest first: where the time goes.
    var costs: [(id: String, seconds: Double, matches: Int)] = []
    for rule in rules.rules {
        var single = rules
        single.rules = [rule]
        let only = Extractor(rules: single)
        var matches = 0
        let elapsed = seconds {
            for context in contexts { matches += only.extract(context).mentions.count }
        }
        costs.append((rule.id, elapsed, matches))
    }
    print("\nper rule (one scan of all notes), slowest first:")
    for cost in costs.sorted(by: { $0.seconds > $1.seconds }).prefix(25) {
        print(String(format: "%8.1f MB/s %7.3f s %7d matches  %@", megabytes / cost.seconds, cost.seconds, cost.matches, cost.id))
    }
}
