import Foundation

/// A question to the state's fact index (`meetingfacts facts`): by person (name or alias, any
/// case), mention kind, quantity unit and range, and meeting date. Answered against the vault as
/// it is now: a fact is listed only while its line is still on its person note and its meeting
/// note still exists, so a line the user deleted, or a deleted note, never shows.
public struct FactQuery: Sendable {
    /// One fact listed, with the mentions the query selected (all of them when it selects none).
    public struct Match: Sendable, Equatable {
        public var fact: IndexedFact
        public var mentions: [Mention]
    }

    /// A person's name or one of the `aliases:` of their note, compared in any case.
    public var person: String?
    /// Facts holding a mention of one of these kinds (`text`: holding none); empty for any.
    public var kinds: Set<FactKind> = []
    /// Quantities in this unit, as `extract --json` writes it (`B/s`, `B`, `W`, `USD`, `%`, `count`).
    public var unit: String?
    /// Quantities of at least (`minimum`) or at most (`maximum`) this value; a range counts by its
    /// low end for the minimum and its high end for the maximum, so it must lie within.
    public var minimum: Double?
    public var maximum: Double?
    /// Meetings on or after this date (ISO).
    public var since: String?

    public init(person: String? = nil, kinds: Set<FactKind> = [], unit: String? = nil, minimum: Double? = nil,
                maximum: Double? = nil, since: String? = nil) {
        self.person = person
        self.kinds = kinds
        self.unit = unit
        self.minimum = minimum
        self.maximum = maximum
        self.since = since
    }

    /// Whether the query asks for quantities by unit or value.
    public var filtersQuantities: Bool { unit != nil || minimum != nil || maximum != nil }

    /// Whether the query selects mentions (and so facts holding a selected one).
    public var filtersMentions: Bool { !kinds.isEmpty || filtersQuantities }

    /// The facts of `store` that answer the query and are still on their notes in the vault at
    /// `root`, newest meeting first.
    public func run(_ store: StateStore, vaultRoot root: String) throws -> [Match] {
        var notes: [String: PersonNoteLines?] = [:]
        var meetings: [String: Bool] = [:]
        var matches: [Match] = []
        for fact in try store.facts(since: since) {
            guard let mentions = selectedMentions(of: fact) else { continue }
            if notes.index(forKey: fact.notePath) == nil {
                notes.updateValue(PersonNoteLines(path: root + "/" + fact.notePath), forKey: fact.notePath)
            }
            guard let note = notes[fact.notePath] ?? nil, note.lines.contains(fact.line.trimmingWhitespace()) else { continue }
            if let person, !note.isNamed(person, as: fact.person) { continue }
            if meetings[fact.meetingPath] == nil {
                meetings[fact.meetingPath] = FileManager.default.fileExists(atPath: root + "/" + fact.meetingPath)
            }
            guard meetings[fact.meetingPath] == true else { continue }
            matches.append(Match(fact: fact, mentions: mentions))
        }
        return matches
    }

    /// The mentions of `fact` the query selects, or nil when the fact does not answer it. Without
    /// a mention filter, every mention (none for a fact that holds none).
    public func selectedMentions(of fact: IndexedFact) -> [Mention]? {
        guard filtersMentions else { return fact.mentions }
        if fact.mentions.isEmpty { return kinds.contains(.text) && !filtersQuantities ? [] : nil }
        let selected = fact.mentions.filter(selects)
        return selected.isEmpty ? nil : selected
    }

    /// Whether the query selects `mention`: its kind asked for, and for a unit or range, a
    /// quantity in that unit within the range.
    public func selects(_ mention: Mention) -> Bool {
        if !kinds.isEmpty, !kinds.contains(where: { $0.mentionKind == mention.kind }) { return false }
        guard filtersQuantities else { return true }
        guard mention.kind == .quantity else { return false }
        if let unit, mention.unit != unit { return false }
        if let minimum {
            guard let low = mention.value ?? mention.low, low >= minimum else { return false }
        }
        if let maximum {
            guard let high = mention.value ?? mention.high, high <= maximum else { return false }
        }
        return true
    }

    /// What the query needs of a person note: its lines, trimmed, and its aliases.
    struct PersonNoteLines {
        var lines: Set<String>
        var aliases: [String]

        init?(path: String) {
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            let all = NoteParser.lines(of: String(decoding: data, as: UTF8.self))
            lines = Set(all.map { $0.trimmingWhitespace() })
            let frontmatter = (try? Frontmatter.read(lines: all, path: path)) ?? .empty
            aliases = frontmatter.strings("aliases") + frontmatter.strings("alias")
        }

        /// Whether `query` names the note's person: their name or an alias, in any case.
        func isNamed(_ query: String, as person: String) -> Bool {
            let key = PersonNameKey.of(query)
            return ([person] + aliases).contains { PersonNameKey.of($0) == key }
        }
    }
}
