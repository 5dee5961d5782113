import Foundation
import GRDB

/// The incremental run state, in SQLite at `.meetingfacts/state.sqlite` inside the vault: per
/// meeting note its fingerprint and what it produced; the hash of the rules and template; the
/// hashes of lines written per person (so a line the person deleted is not written again); the
/// fact index. Opened read-only — and never created — on a dry run.
public final class StateStore {
    public static let relativePath = ".meetingfacts/state.sqlite"
    private let queue: DatabaseQueue?
    /// Whether the state file exists: false for a vault never run (opened read-only).
    public var exists: Bool { queue != nil }
    /// Opened read-only, a state an older meetingfacts wrote and a run has not yet migrated: what
    /// the migrations add is missing (the typed fact index, before v3). A run then redoes every
    /// meeting, as the migrated state will.
    public private(set) var isOutdated = false

    /// Opens (creating if needed) the state of the vault at `root`; read-only opens nothing that
    /// does not exist and writes nothing.
    public init(vaultRoot root: String, readOnly: Bool) throws {
        let path = (root as NSString).appendingPathComponent(StateStore.relativePath)
        if readOnly && !FileManager.default.fileExists(atPath: path) {
            queue = nil
            return
        }
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.journalMode = .default
        if !readOnly {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
        }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        if !readOnly { try StateStore.migrator.migrate(queue) }
        isOutdated = try queue.read { try !StateStore.migrator.hasCompletedMigrations($0) }
        self.queue = queue
    }

    /// An empty in-memory state, for tests.
    public init() throws {
        let queue = try DatabaseQueue()
        try StateStore.migrator.migrate(queue)
        self.queue = queue
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                CREATE TABLE notes (
                    path TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, size INTEGER NOT NULL,
                    modified INTEGER NOT NULL, hash TEXT NOT NULL, people TEXT NOT NULL,
                    fact_count INTEGER NOT NULL, date TEXT NOT NULL, link_name TEXT NOT NULL,
                    summary TEXT NOT NULL, attendees TEXT NOT NULL, transcript_hash TEXT NOT NULL,
                    canonical TEXT NOT NULL);
                CREATE TABLE written (person TEXT NOT NULL, line_hash TEXT NOT NULL, PRIMARY KEY (person, line_hash));
                CREATE TABLE facts (
                    id INTEGER PRIMARY KEY AUTOINCREMENT, person TEXT NOT NULL, kinds TEXT NOT NULL,
                    text TEXT NOT NULL, meeting_date TEXT NOT NULL, meeting_path TEXT NOT NULL,
                    UNIQUE (person, text, meeting_path));
                CREATE INDEX facts_by_person ON facts (person, meeting_date);
                """)
        }
        // What the run decided about people, so a user's correction holds: the aliases it added to a
        // person's note (one the user removes stops that merge for good), and the notes it created
        // (one the user deletes is never created again).
        migrator.registerMigration("v2") { db in
            try db.execute(sql: """
                CREATE TABLE people_decisions (kind TEXT NOT NULL, name TEXT NOT NULL, person TEXT NOT NULL,
                    PRIMARY KEY (kind, name, person));
                """)
        }
        // The company, role and department a run wrote into each person note, with the date of the
        // meeting that stated it: a newer meeting replaces the run's own value, never a typed one.
        migrator.registerMigration("v3") { db in
            try db.execute(sql: """
                CREATE TABLE written_values (person TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL,
                    date TEXT NOT NULL, PRIMARY KEY (person, field));
                """)
        }
        // Typed facts: each fact keeps the line written to the person note and its mentions whole.
        // The facts of older states know neither, so they go, and the run fingerprint with them:
        // the next run redoes every meeting and indexes its facts again.
        migrator.registerMigration("v4") { db in
            try db.execute(sql: """
                DROP TABLE facts;
                CREATE TABLE facts (
                    id INTEGER PRIMARY KEY AUTOINCREMENT, person TEXT NOT NULL, note_path TEXT NOT NULL,
                    line TEXT NOT NULL, text TEXT NOT NULL, meeting_date TEXT NOT NULL, meeting_path TEXT NOT NULL,
                    meeting_line INTEGER NOT NULL,
                    UNIQUE (note_path, line));
                CREATE INDEX facts_by_person ON facts (person, meeting_date);
                CREATE INDEX facts_by_meeting ON facts (meeting_path);
                CREATE TABLE fact_mentions (
                    fact_id INTEGER NOT NULL REFERENCES facts (id) ON DELETE CASCADE, position INTEGER NOT NULL,
                    kind TEXT NOT NULL, text TEXT NOT NULL, line INTEGER NOT NULL, span_start INTEGER NOT NULL,
                    span_end INTEGER NOT NULL, value REAL, unit TEXT, low REAL, high REAL, approx INTEGER, item TEXT,
                    seconds REAL, timex TEXT, start TEXT, "end" TEXT, grain TEXT, name TEXT, company TEXT, role TEXT,
                    team TEXT, rule TEXT,
                    PRIMARY KEY (fact_id, position));
                CREATE INDEX fact_mentions_by_kind ON fact_mentions (kind, unit, value);
                DELETE FROM meta WHERE key = 'fingerprint';
                """)
        }
        // Extraction results by note path, keyed by what extraction reads (`ExtractionCache`): a
        // `--full` run with unchanged rules decodes them instead of extracting unchanged notes.
        migrator.registerMigration("v5") { db in
            try db.execute(sql: """
                CREATE TABLE extractions (path TEXT PRIMARY KEY NOT NULL, key TEXT NOT NULL, result BLOB NOT NULL);
                """)
        }
        // The names each meeting note shows (`NameSighting`, JSON), so a run that reads a few notes
        // decides who is who from every note's names, as a `--full` run does.
        migrator.registerMigration("v6") { db in
            try db.execute(sql: "CREATE TABLE sightings (path TEXT PRIMARY KEY NOT NULL, names BLOB NOT NULL);")
        }
        return migrator
    }

    /// The key of every cached extraction, by note path.
    public func extractionKeys() throws -> [String: String] {
        guard let queue else { return [:] }
        return try queue.read { db in
            var keys: [String: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT path, key FROM extractions")
            while let row = try rows.next() { keys[row[0]] = row[1] }
            return keys
        }
    }

    /// Reads one cached extraction; callable from any thread (the queue serialises reads).
    public var extractionLoader: @Sendable (String) -> Data? {
        guard let queue else { return { _ in nil } }
        return { path in
            try? queue.read { db in try Data.fetchOne(db, sql: "SELECT result FROM extractions WHERE path = ?", arguments: [path]) }
        }
    }

    /// Keeps (or replaces) cached extractions, each under its path and key, in one transaction of
    /// its own: an entry is valid whatever the rest of the run does, since its key says what it is of.
    public func saveExtractions(_ entries: [(path: String, key: String, result: Data)]) throws {
        guard let queue, !entries.isEmpty else { return }
        try queue.write { db in
            let insert = try db.cachedStatement(sql: "INSERT OR REPLACE INTO extractions (path, key, result) VALUES (?, ?, ?)")
            for entry in entries { try insert.execute(arguments: [entry.path, entry.key, entry.result]) }
        }
    }

    /// Keeps (or replaces) the names each note shows, in one transaction of its own: like an
    /// extraction, they hold whatever the rest of the run does.
    public func saveSightings(_ entries: [(path: String, sightings: [NameSighting])]) throws {
        guard let queue, !entries.isEmpty else { return }
        let encoder = JSONEncoder()
        let rows = try entries.map { ($0.path, try encoder.encode($0.sightings)) }
        try queue.write { db in
            let insert = try db.cachedStatement(sql: "INSERT OR REPLACE INTO sightings (path, names) VALUES (?, ?)")
            for (path, names) in rows { try insert.execute(arguments: [path, names]) }
        }
    }

    /// The names kept for the notes `wanted` says, by path; a note never kept or unreadable is absent.
    public func sightings(where wanted: (String) -> Bool) throws -> [String: [NameSighting]] {
        guard let queue else { return [:] }
        let decoder = JSONDecoder()
        return try queue.read { db in
            var sightings: [String: [NameSighting]] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT path, names FROM sightings")
            while let row = try rows.next() {
                let path: String = row[0]
                guard wanted(path), let names = try? decoder.decode([NameSighting].self, from: row[1] as Data) else { continue }
                sightings[path] = names
            }
            return sightings
        }
    }

    /// The company, role and department runs wrote into `person`'s note, by field.
    public func writtenValues(person: String) throws -> [String: WrittenValue] {
        guard let queue else { return [:] }
        return try queue.read { db in
            var values: [String: WrittenValue] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT field, value, date FROM written_values WHERE person = ?", arguments: [person]) {
                guard let date = CalendarDate(iso: row[2] as String) else { continue }
                values[row[0]] = WrittenValue(value: row[1], date: date)
            }
            return values
        }
    }

    /// Every decision about people remembered, in insertion order.
    public func peopleDecisions() throws -> [PeopleDecision] {
        guard let queue else { return [] }
        return try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT kind, name, person FROM people_decisions ORDER BY rowid").compactMap { row in
                PeopleDecision.Kind(rawValue: row[0]).map { PeopleDecision(kind: $0, name: row[1], person: row[2]) }
            }
        }
    }

    /// What the last run that read notes decided about people; nil before any such run.
    public func peopleRunSummary() throws -> PeopleRunSummary? {
        guard let json = try value(forKey: StateStore.peopleSummaryKey) else { return nil }
        return try JSONDecoder().decode(PeopleRunSummary.self, from: Data(json.utf8))
    }

    private static let peopleSummaryKey = "people_last_run"

    private static func list(_ joined: String) -> [String] {
        joined.isEmpty ? [] : joined.components(separatedBy: "\n")
    }

    /// Meta keys of `KnownNames`: the registry's names and the person notes' names, as the last
    /// run that decided who is who from every note saw them.
    public static let knownNamesKey = "known_names"
    public static let directoryNamesKey = "directory_names"

    public func value(forKey key: String) throws -> String? {
        try queue?.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) }
    }

    public func notes() throws -> [String: NoteState] {
        guard let queue else { return [:] }
        return try queue.read { db in
            var states: [String: NoteState] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT path, kind, size, modified, hash, people, fact_count, date, link_name, summary, attendees,
                       transcript_hash, canonical
                FROM notes
                """)
            while let row = try rows.next() {
                let path: String = row[0]
                let kind: String = row[1]
                var state = NoteState(path: path, kind: NoteState.Kind(rawValue: kind) ?? .other, size: row[2], modified: row[3], hash: row[4])
                state.people = StateStore.list(row[5])
                state.factCount = row[6]
                state.date = row[7]
                state.linkName = row[8]
                state.summary = row[9]
                state.attendees = StateStore.list(row[10])
                state.transcriptHash = row[11]
                state.canonical = row[12]
                states[path] = state
            }
            return states
        }
    }

    /// Path, kind, size and modification time of every file of the last run, without the rest:
    /// what deciding that nothing changed needs, read in a fraction of the time of `notes()`.
    public func fingerprints() throws -> [String: NoteState] {
        guard let queue else { return [:] }
        return try queue.read { db in
            var states: [String: NoteState] = [:]
            states.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM notes") ?? 0)
            // With the date: an incremental run reads again the meetings of a changed meeting's day.
            let rows = try Row.fetchCursor(db, sql: "SELECT path, kind, size, modified, date FROM notes")
            while let row = try rows.next() {
                let path: String = row[0]
                let kind: String = row[1]
                var state = NoteState(path: path, kind: NoteState.Kind(rawValue: kind) ?? .other, size: row[2], modified: row[3], hash: "")
                state.date = row[4]
                states[path] = state
            }
            return states
        }
    }

    /// Hashes of every line ever written to `person`'s note.
    public func writtenLines(person: String) throws -> Set<String> {
        guard let queue else { return [] }
        return try queue.read { db in
            Set(try String.fetchAll(db, sql: "SELECT line_hash FROM written WHERE person = ?", arguments: [person]))
        }
    }

    /// The fact index, newest meeting first: every fact (or those of meetings on or after `since`,
    /// or of the meeting note at `meetingPath`) with its mentions, as written at the time. Whether
    /// its line is still on the note is for the reader to check (`FactQuery`).
    public func facts(since: String? = nil, meetingPath: String? = nil) throws -> [IndexedFact] {
        guard let queue else { return [] }
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let since { conditions.append("meeting_date >= ?"); arguments.append(since) }
        if let meetingPath { conditions.append("meeting_path = ?"); arguments.append(meetingPath) }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try queue.read { db in
            var mentions: [Int64: [Mention]] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT fact_id, kind, text, line, span_start, span_end, value, unit, low, high, approx, item, seconds,
                       timex, start, "end", grain, name, company, role, team, rule
                FROM fact_mentions WHERE fact_id IN (SELECT id FROM facts \(filter)) ORDER BY fact_id, position
                """, arguments: StatementArguments(arguments))
            while let row = try rows.next() {
                mentions[row["fact_id"], default: []].append(StateStore.mention(row))
            }
            return try Row.fetchAll(db, sql: """
                SELECT id, person, note_path, line, text, meeting_date, meeting_path, meeting_line FROM facts \(filter)
                ORDER BY meeting_date DESC, person, meeting_path, meeting_line, id
                """, arguments: StatementArguments(arguments)).map { row in
                IndexedFact(person: row["person"], notePath: row["note_path"], line: row["line"], text: row["text"],
                            meetingDate: row["meeting_date"], meetingPath: row["meeting_path"], meetingLine: row["meeting_line"],
                            mentions: mentions[row["id"]] ?? [])
            }
        }
    }

    private static func mention(_ row: Row) -> Mention {
        let kind = MentionKind(rawValue: row["kind"]) ?? .ignore
        let start: Int = row["span_start"], end: Int = row["span_end"]
        var mention = Mention(kind: kind, text: row["text"], line: row["line"], span: start..<end, rule: row["rule"])
        mention.value = row["value"]
        mention.unit = row["unit"]
        mention.low = row["low"]
        mention.high = row["high"]
        mention.approx = row["approx"]
        mention.item = row["item"]
        mention.seconds = row["seconds"]
        mention.timex = row["timex"]
        mention.start = row["start"]
        mention.end = row["end"]
        mention.grain = row["grain"]
        mention.name = row["name"]
        mention.company = row["company"]
        mention.role = row["role"]
        mention.team = row["team"]
        return mention
    }

    /// Everything one run learned, saved in one transaction.
    public struct Update {
        public var meta: [String: String] = [:]
        public var notes: [NoteState] = []
        public var removedNotes: [String] = []
        public var written: [String: Set<String>] = [:]
        /// Company, role and department written, by person and field.
        public var writtenValues: [String: [String: WrittenValue]] = [:]
        public var facts: [IndexedFact] = []
        public var peopleDecisions: [PeopleDecision] = []
        /// People whose written lines are forgotten (their deleted note is back), and decisions undone.
        public var forgottenPeople: [String] = []
        public var forgottenDecisions: [PeopleDecision] = []
        /// Replaces the summary of the previous run when set.
        public var peopleSummary: PeopleRunSummary?
        public init() {}
    }

    public func save(_ update: Update) throws {
        guard let queue else { return }
        var meta = update.meta
        if let summary = update.peopleSummary {
            meta[StateStore.peopleSummaryKey] = String(decoding: try JSONEncoder().encode(summary), as: UTF8.self)
        }
        try queue.write { db in
            for (key, value) in meta {
                try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [key, value])
            }
            for path in update.removedNotes {
                try db.execute(sql: "DELETE FROM notes WHERE path = ?", arguments: [path])
                try db.execute(sql: "DELETE FROM extractions WHERE path = ?", arguments: [path])
                try db.execute(sql: "DELETE FROM sightings WHERE path = ?", arguments: [path])
            }
            for note in update.notes {
                try db.execute(sql: """
                    INSERT OR REPLACE INTO notes
                    (path, kind, size, modified, hash, people, fact_count, date, link_name, summary, attendees,
                     transcript_hash, canonical)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [note.path, note.kind.rawValue, note.size, note.modified, note.hash,
                                     note.people.joined(separator: "\n"), note.factCount, note.date, note.linkName,
                                     note.summary, note.attendees.joined(separator: "\n"), note.transcriptHash, note.canonical])
            }
            for person in update.forgottenPeople {
                try db.execute(sql: "DELETE FROM written WHERE person = ?", arguments: [person])
                try db.execute(sql: "DELETE FROM written_values WHERE person = ?", arguments: [person])
            }
            for decision in update.forgottenDecisions {
                try db.execute(sql: "DELETE FROM people_decisions WHERE kind = ? AND name = ? AND person = ?",
                               arguments: [decision.kind.rawValue, decision.name, decision.person])
            }
            for (person, hashes) in update.written {
                for hash in hashes {
                    try db.execute(sql: "INSERT OR IGNORE INTO written (person, line_hash) VALUES (?, ?)", arguments: [person, hash])
                }
            }
            for (person, values) in update.writtenValues {
                for (field, written) in values {
                    try db.execute(sql: "INSERT OR REPLACE INTO written_values (person, field, value, date) VALUES (?, ?, ?, ?)",
                                   arguments: [person, field, written.value, written.date.iso])
                }
            }
            for decision in update.peopleDecisions {
                try db.execute(sql: "INSERT OR IGNORE INTO people_decisions (kind, name, person) VALUES (?, ?, ?)",
                               arguments: [decision.kind.rawValue, decision.name, decision.person])
            }
            // A deleted meeting or person note takes its facts along.
            for path in update.removedNotes {
                try db.execute(sql: "DELETE FROM facts WHERE meeting_path = ? OR note_path = ?", arguments: [path, path])
            }
            // A line indexed again (its meeting analysed again) replaces what was kept of it.
            let replace = try db.cachedStatement(sql: "DELETE FROM facts WHERE note_path = ? AND line = ?")
            let insertFact = try db.cachedStatement(sql: """
                INSERT INTO facts (person, note_path, line, text, meeting_date, meeting_path, meeting_line)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
            let insertMention = try db.cachedStatement(sql: """
                INSERT INTO fact_mentions (fact_id, position, kind, text, line, span_start, span_end, value, unit, low,
                    high, approx, item, seconds, timex, start, "end", grain, name, company, role, team, rule)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for fact in update.facts {
                try replace.execute(arguments: [fact.notePath, fact.line])
                try insertFact.execute(arguments: [fact.person, fact.notePath, fact.line, fact.text, fact.meetingDate,
                                                   fact.meetingPath, fact.meetingLine])
                let id = db.lastInsertedRowID
                for (position, mention) in fact.mentions.enumerated() {
                    try insertMention.execute(arguments: [
                        id, position, mention.kind.rawValue, mention.text, mention.line, mention.span[0], mention.span[1],
                        mention.value, mention.unit, mention.low, mention.high, mention.approx, mention.item, mention.seconds,
                        mention.timex, mention.start, mention.end, mention.grain, mention.name, mention.company, mention.role,
                        mention.team, mention.rule])
                }
            }
        }
    }
}
