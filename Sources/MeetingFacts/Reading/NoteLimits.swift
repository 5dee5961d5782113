import Dispatch

/// How much work one note may cause: lines, rule matches (each a candidate mention in memory and
/// work for people and facts), distinct names (people, companies, sites, speakers: resolving them
/// compares each with the others) and wall-clock seconds, per reading and per extraction. A note past
/// a limit is skipped with an error naming it; the run goes on with the others. The values come
/// from `rules/limits.yml` (`note-limits.*`), with defaults far above any real note.
public struct NoteLimits: Sendable, Equatable {
    public static let linesKey = "note-limits.lines"
    public static let matchesKey = "note-limits.matches"
    public static let namesKey = "note-limits.names"
    public static let secondsKey = "note-limits.seconds"

    public var lines: Int
    public var matches: Int
    public var names: Int
    public var seconds: Double

    public init(lines: Int = 200_000, matches: Int = 200_000, names: Int = 1_000, seconds: Double = 60) {
        self.lines = lines
        self.matches = matches
        self.names = names
        self.seconds = seconds
    }

    public init(rules: RuleSet) {
        let defaults = NoteLimits()
        self.init(lines: Int(rules.number(setting: NoteLimits.linesKey, default: Double(defaults.lines))),
                  matches: Int(rules.number(setting: NoteLimits.matchesKey, default: Double(defaults.matches))),
                  names: Int(rules.number(setting: NoteLimits.namesKey, default: Double(defaults.names))),
                  seconds: rules.number(setting: NoteLimits.secondsKey, default: defaults.seconds))
    }

    /// A clock for one stage of one note, started now.
    public func startClock() -> Clock {
        Clock(deadline: DispatchTime.now().uptimeNanoseconds + UInt64(max(0, seconds) * 1e9))
    }

    /// The deadline of one stage of one note.
    public struct Clock: Sendable {
        let deadline: UInt64

        public var isPastDeadline: Bool { DispatchTime.now().uptimeNanoseconds > deadline }
    }

    /// The problem to report when a note has more lines than allowed.
    public func lineProblem(_ count: Int) -> ReadingProblem? {
        count > lines ? .overLimit("note has \(count) lines, over the \(lines)-line limit (\(NoteLimits.linesKey))") : nil
    }

    /// The problem to report when a note names more distinct people, companies or sites than allowed.
    public func nameProblem<Names: Collection>(_ names: Names) -> ReadingProblem? where Names.Element == String {
        let count = Set(names).count
        return count > self.names
            ? .overLimit("note names \(count) distinct people, companies or sites, over the \(self.names)-name limit (\(NoteLimits.namesKey))")
            : nil
    }

    /// The problem to report when `stage` ("reading", "extraction") ran out of time.
    public func timeProblem(_ stage: String) -> ReadingProblem {
        .overLimit("\(stage) took over \(NoteLimits.format(seconds)) s, the per-note limit (\(NoteLimits.secondsKey))")
    }

    /// The problem to report when the rules matched more often than allowed.
    public var matchProblem: ReadingProblem {
        .overLimit("the rules matched over \(matches) times, the per-note limit (\(NoteLimits.matchesKey))")
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
