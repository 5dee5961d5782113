import Foundation

/// Writes a person's digest into a note — new or hand-edited — touching only the managed parts:
/// the `last_contact`, `company`, `role` and `aliases` frontmatter keys, the Company, Role,
/// Department and Email rows of Contact Information, and the Key Facts, Topics Discussed, Recent
/// Context and Profile → Background lists, where lines are only ever added. A company, role or
/// department fills an empty place; it replaces one only where the note still shows what a run
/// wrote there from an older meeting (`WrittenValue`) — a value the person typed is never replaced. A line is not added when the note already has it,
/// when a person deleted it after an earlier run (its hash is in `previouslyWritten`), or, for a
/// fact, when the note states it in other words.
public struct PersonNoteMerger: Sendable {
    /// What a merge added and skipped.
    public struct Outcome: Sendable, Equatable {
        public var factsAdded = 0
        public var contextAdded = 0
        public var topicsAdded = 0
        public var backgroundAdded = 0
        public var nearDuplicatesSkipped = 0
        public var deletedSkipped = 0
        public var writtenHashes: Set<ContentHash> = []
        /// Company, role and department as the run now owns them in the note, by field.
        public var writtenValues: [String: WrittenValue] = [:]
    }

    public var settings: PersonNoteSettings
    public var detector: NearDuplicateDetector

    public init(settings: PersonNoteSettings) {
        self.settings = settings
        self.detector = NearDuplicateDetector(settings: settings)
    }

    /// `writtenValues`: the company, role and department earlier runs wrote into this note.
    public func merge(_ digest: PersonDigest, into note: inout NoteText, previouslyWritten: Set<ContentHash>,
                      known: KnownPerson? = nil, writtenValues: [String: WrittenValue] = [:]) -> Outcome {
        var outcome = Outcome()
        outcome.writtenHashes = previouslyWritten
        updateFrontmatter(digest, known: known, in: &note)
        outcome.writtenValues = mergeAffiliation(digest, known: known, writtenValues: writtenValues, in: &note)
        if let aliases = known?.aliases, !aliases.isEmpty {
            FrontmatterEditor.addListItems("aliases", items: aliases, in: &note)
        }
        mergeFacts(digest.facts, into: &note, previouslyWritten: previouslyWritten, outcome: &outcome)
        mergeTopics(digest.topics, into: &note, previouslyWritten: previouslyWritten, outcome: &outcome)
        mergeContext(digest.context, into: &note, previouslyWritten: previouslyWritten, outcome: &outcome)
        mergeBackground(digest.background, into: &note, previouslyWritten: previouslyWritten, outcome: &outcome)
        let present = Set(note.lines.map(\.content))
        let managed = digest.facts.map(\.line) + digest.context.map(\.line) + digest.background.map(\.line) + digest.topics.map { "- " + $0 }
        for line in managed where present.contains(line) { outcome.writtenHashes.insert(ContentHash(line)) }
        return outcome
    }

    // MARK: Frontmatter and contact table

    private func updateFrontmatter(_ digest: PersonDigest, known: KnownPerson?, in note: inout NoteText) {
        let recorded = FrontmatterEditor.value(of: "last_contact", in: note).flatMap { CalendarDate(iso: $0) }
        var contact = recorded
        if let attended = digest.lastAttended {
            contact = max(recorded ?? attended, attended)
        } else if recorded == nil {
            contact = digest.lastNamed
        }
        if let contact, contact != recorded { FrontmatterEditor.setDate("last_contact", to: contact, in: &note) }
    }

    /// Company, role and department, each in its places — the frontmatter key (`company`, `role`)
    /// and the Contact Information row — and the email row. A place that is empty or shows the
    /// unknown value is filled; one that still shows the value a run wrote from an older meeting
    /// takes the newer one; any other value is the person's and stays. Returns what the run now
    /// owns and must remember. The note's own company and email (`known`) only fill a row.
    private func mergeAffiliation(_ digest: PersonDigest, known: KnownPerson?, writtenValues: [String: WrittenValue],
                                  in note: inout NoteText) -> [String: WrittenValue] {
        let fields: [(field: String, key: String?, row: String, stated: String?)] = [
            ("company", "company", "Company", digest.affiliation.company),
            ("role", "role", "Role", digest.affiliation.role),
            ("department", nil, "Department", digest.affiliation.team),
        ]
        var owned: [String: WrittenValue] = [:]
        for (field, key, row, stated) in fields {
            guard let value = stated, !value.isEmpty, let date = digest.affiliationDates[field] else {
                if field == "company", let company = known?.company {
                    FrontmatterEditor.addIfMissing("company", value: company, in: &note)
                    fillContactRow(row, with: company, in: &note)
                }
                continue
            }
            let previous = writtenValues[field]
            let takes = { (current: String?) -> Bool in
                guard let current else { return true }
                guard current != value, let previous, current == previous.value else { return false }
                return date >= previous.date
            }
            var wrote = false
            if let key, takes(FrontmatterEditor.value(of: key, in: note)), FrontmatterEditor.setValue(key, to: value, in: &note) {
                wrote = true
            }
            if let index = contactRow(row, in: note), takes(contactValue(at: index, row: row, in: note)) {
                setContactValue(value, at: index, row: row, in: &note)
                wrote = true
            }
            if wrote || (previous?.value == value && date > previous!.date) {
                owned[field] = WrittenValue(value: value, date: date)
            }
        }
        if let email = known?.email { fillContactRow("Email", with: email, in: &note) }
        return owned
    }

    /// Fills a Contact Information row still showing the unknown value; a row a person filled stays.
    private func fillContactRow(_ row: String, with value: String, in note: inout NoteText) {
        guard !value.isEmpty, let index = contactRow(row, in: note), contactValue(at: index, row: row, in: note) == nil else { return }
        setContactValue(value, at: index, row: row, in: &note)
    }

    /// The line of the `| **Field** |` row of Contact Information.
    private func contactRow(_ row: String, in note: NoteText) -> Int? {
        guard let block = NoteBlock.heading(settings.contactHeading, in: note, footer: settings.footerPrefix) else { return nil }
        return block.body.first { note.lines[$0].content.hasPrefix("| **\(row)** |") }
    }

    /// A row's value; nil when empty or the unknown value.
    private func contactValue(at index: Int, row: String, in note: NoteText) -> String? {
        let content = note.lines[index].content
        let cell = content.dropFirst("| **\(row)** |".count).dropLast(content.hasSuffix("|") ? 1 : 0)
        let value = NoteBlock.trimmed(String(cell)).replacingOccurrences(of: "\\|", with: "|")
        return value.isEmpty || value == settings.unknownValue ? nil : value
    }

    private func setContactValue(_ value: String, at index: Int, row: String, in note: inout NoteText) {
        note.lines[index].content = "| **\(row)** | " + value.replacingOccurrences(of: "|", with: "\\|") + " |"
    }

    // MARK: Managed lists

    /// Key Facts stay newest meeting first: a new fact goes before the first fact of an older
    /// meeting (by the date of its source link), after those of its own and newer meetings.
    private func mergeFacts(_ facts: [PersonDigest.Entry], into note: inout NoteText, previouslyWritten: Set<ContentHash>,
                            outcome: inout Outcome) {
        guard !facts.isEmpty else { return }
        _ = section(settings.keyFactsHeading, in: &note)
        guard let start = NoteBlock.heading(settings.keyFactsHeading, in: note, footer: settings.footerPrefix) else { return }
        // Lines inside a code block are the person's code, not facts: a new section added above
        // a fence left open has the whole block in its body until a later heading ends it, and
        // the second merge would then see facts the first one did not (found by `make fuzz`).
        let fencedLines = note.fencedLines()
        let existing = start.body.filter { !fencedLines.contains($0) }.map { note.lines[$0].content }
        let present = Set(existing)
        var known = existing.compactMap(statement(ofListLine:)).map(detector.signature)
        var added = Set<String>()
        for fact in facts {
            if present.contains(fact.line) || added.contains(fact.line) { continue }
            if previouslyWritten.contains(ContentHash(fact.line)) {
                outcome.deletedSkipped += 1
                continue
            }
            let signature = detector.signature(fact.statement)
            if known.contains(where: { detector.isRestatement($0, signature) }) {
                // Settled as said already: should the person delete the line that says it, this
                // rewording must not take its place (`--full` would otherwise add it; found by `make soak`).
                outcome.nearDuplicatesSkipped += 1
                outcome.writtenHashes.insert(ContentHash(fact.line))
                continue
            }
            known.append(signature)
            added.insert(fact.line)
            guard let block = NoteBlock.heading(settings.keyFactsHeading, in: note, footer: settings.footerPrefix) else { return }
            // A line inside a code block is the person's text: never a place to insert before.
            let fenced = note.fencedLines()
            let older = block.body.first { index in
                guard !fenced.contains(index), let date = PersonNoteMerger.sourceDate(of: note.lines[index].content) else { return false }
                return date < fact.date.iso
            }
            if let older {
                note.insert([fact.line], at: older)
            } else {
                block.append([fact.line], to: &note)
            }
        }
        outcome.factsAdded += added.count
    }

    /// The date a managed line cites: `— [[meeting|2025-10-31]]` → "2025-10-31" (or "2025-10").
    static func sourceDate(of line: String) -> String? {
        guard line.hasSuffix("]]"), let bar = line.range(of: "|", options: .backwards) else { return nil }
        let date = line[bar.upperBound...].dropLast(2)
        return date.first?.isNumber == true ? String(date) : nil
    }

    private func mergeTopics(_ topics: [String], into note: inout NoteText, previouslyWritten: Set<ContentHash>,
                             outcome: inout Outcome) {
        guard !topics.isEmpty else { return }
        let block = section(settings.topicsHeading, in: &note)
        var known: Set<String> = []
        for index in block.body {
            let content = NoteBlock.trimmed(note.lines[index].content)
            let items = content.hasPrefix("- ") ? [String(content.dropFirst(2))] : content.split(separator: ",").map(String.init)
            for item in items { known.insert(NoteBlock.trimmed(item).lowercased()) }
        }
        var added: [String] = []
        for topic in topics where !known.contains(topic.lowercased()) {
            let line = "- " + topic
            known.insert(topic.lowercased())
            if previouslyWritten.contains(ContentHash(line)) {
                outcome.deletedSkipped += 1
                continue
            }
            added.append(line)
        }
        block.append(added, to: &note)
        outcome.topicsAdded += added.count
    }

    /// Recent Context stays newest first: a new line goes before the first dated line older than it.
    private func mergeContext(_ context: [PersonDigest.Entry], into note: inout NoteText, previouslyWritten: Set<ContentHash>,
                              outcome: inout Outcome) {
        guard !context.isEmpty else { return }
        _ = section(settings.recentContextHeading, in: &note)
        for entry in context {
            guard let block = NoteBlock.heading(settings.recentContextHeading, in: note, footer: settings.footerPrefix) else { return }
            let fenced = note.fencedLines()
            let linked = block.body.contains { index in
                guard !fenced.contains(index) else { return false }
                let content = note.lines[index].content
                return content == entry.line || content.contains("[[\(entry.meeting)]]") || content.contains("[[\(entry.meeting)|")
            }
            // The meeting's Recent Context line is remembered by its meeting as well as by its
            // text: a person who deleted it deleted that meeting's line, whatever its words are
            // next time (another `via`, a summary edited since; found by `make soak`).
            let meetingKey = PersonNoteMerger.contextKey(of: entry.meeting)
            if linked {
                outcome.writtenHashes.insert(meetingKey)
                continue
            }
            if previouslyWritten.contains(ContentHash(entry.line)) || previouslyWritten.contains(meetingKey) {
                outcome.deletedSkipped += 1
                continue
            }
            outcome.writtenHashes.insert(meetingKey)
            let older = block.body.first { index in
                guard !fenced.contains(index), let date = leadingDate(note.lines[index].content) else { return false }
                return date < entry.date
            }
            if let older {
                note.insert([entry.line], at: older)
            } else {
                block.append([entry.line], to: &note)
            }
            outcome.contextAdded += 1
        }
    }

    /// What the state remembers of a meeting's Recent Context line besides its text: no line of a
    /// note has this form, so it never stands for one.
    static func contextKey(of meeting: String) -> ContentHash {
        ContentHash("\u{0}recent-context\u{0}" + meeting)
    }

    private func mergeBackground(_ background: [PersonDigest.Entry], into note: inout NoteText, previouslyWritten: Set<ContentHash>,
                                 outcome: inout Outcome) {
        guard !background.isEmpty else { return }
        var profile = section(settings.profileHeading, in: &note)
        if NoteBlock.label(settings.backgroundLabel, in: note, within: profile.body) == nil {
            profile.append([settings.backgroundLabel], to: &note)
            profile = section(settings.profileHeading, in: &note)
        }
        guard let block = NoteBlock.label(settings.backgroundLabel, in: note, within: profile.body) else { return }
        let present = Set(block.body.map { note.lines[$0].content })
        var added: [String] = []
        for entry in background where !present.contains(entry.line) && !added.contains(entry.line) {
            if previouslyWritten.contains(ContentHash(entry.line)) {
                outcome.deletedSkipped += 1
                continue
            }
            added.append(entry.line)
        }
        block.append(added, to: &note)
        outcome.backgroundAdded += added.count
    }

    // MARK: Helpers

    /// The `## heading` block, added before the footer (or at the end) when a person removed it.
    func section(_ heading: String, in note: inout NoteText) -> NoteBlock {
        if let block = NoteBlock.heading(heading, in: note, footer: settings.footerPrefix) { return block }
        var index = note.lines.count
        // A footer-like line inside a code block or the frontmatter is the person's text, not our
        // footer (found by `make fuzz`: one in the frontmatter put the new section above it).
        let fenced = note.fencedLines()
        let body = note.frontmatterEnd.map { $0 + 1 } ?? 0
        if let footer = note.lines.indices.last(where: { $0 >= body && !fenced.contains($0) && note.lines[$0].content.hasPrefix(settings.footerPrefix) }) {
            index = footer
            var previous = footer - 1
            while previous >= 0, NoteBlock.trimmed(note.lines[previous].content).isEmpty { previous -= 1 }
            if previous >= 0, note.lines[previous].content == "---" { index = previous }
        }
        // A heading inside a code fence (one left open, or one holding the footer line) is code,
        // not a section (found by `make fuzz`): the section goes before that fence.
        if let openFence = note.fenceOpening(before: index) { index = openFence }
        var added = ["## " + heading]
        if index < note.lines.count { added.append("") }
        if index > 0, !NoteBlock.trimmed(note.lines[index - 1].content).isEmpty { added.insert("", at: 0) }
        note.insert(added, at: index)
        return NoteBlock.heading(heading, in: note, footer: settings.footerPrefix)!
    }

    /// The statement of a `- …` list line, without its ` — [[source]]` ending.
    func statement(ofListLine line: String) -> String? {
        let content = NoteBlock.trimmed(line)
        guard content.hasPrefix("- ") || content.hasPrefix("* ") else { return nil }
        var text = Substring(content.dropFirst(2))
        if let source = text.range(of: " — [[", options: .backwards) { text = text[..<source.lowerBound] }
        return String(text)
    }

    /// The date a Recent Context line starts with: `- 2025-10-31: …`, or `- 2025-10: …` (a meeting
    /// dated to a month, ordered as its 1st).
    func leadingDate(_ line: String) -> CalendarDate? {
        let content = NoteBlock.trimmed(line)
        guard content.hasPrefix("- ") else { return nil }
        let text = content.dropFirst(2)
        if let day = CalendarDate(iso: text.prefix(10)) { return day }
        guard text.dropFirst(7).first == ":" else { return nil }
        return CalendarDate(iso: text.prefix(7) + "-01")
    }
}
