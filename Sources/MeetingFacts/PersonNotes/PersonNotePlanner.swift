/// Plans the person notes of a run: for each person, the note a run writes — rendered from the
/// template when new, merged into the existing text otherwise — and what changed. Pure: the
/// caller reads and writes the files and keeps the written-line hashes in the run state.
public struct PersonNotePlanner: Sendable {
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case missingTemplate(String)

        public var description: String {
            switch self {
            case let .missingTemplate(path): return "person-note template '\(path)' is not among the rule files"
            }
        }
    }

    public var settings: PersonNoteSettings
    public var template: PersonNoteTemplate
    public var peoplePath: PeoplePath

    /// `template` replaces the shipped one (the config key `template`); `peoplePath` the shipped pattern.
    public init(ruleSet: RuleSet, template: String? = nil, peoplePath: String? = nil) throws {
        settings = PersonNoteSettings(ruleSet: ruleSet)
        guard let text = template ?? ruleSet.files[settings.templateFile] else {
            throw Problem.missingTemplate(settings.templateFile)
        }
        self.template = PersonNoteTemplate(text: text)
        self.peoplePath = try PeoplePath(pattern: peoplePath ?? settings.peoplePath, fileName: SafeFileName(settings: settings))
    }

    /// Everyone who gets a note: attendees and named people, the owner excepted, in name order.
    public func people(in records: [MeetingRecord], owner: String) -> [String] {
        var names: Set<String> = []
        for record in records {
            names.formUnion(record.attendees)
            names.formUnion(record.referenced)
            for fact in record.facts { names.formUnion(fact.about) }
        }
        names.remove(owner)
        return names.sorted()
    }

    public func plan(for person: String, records: [MeetingRecord], existingText: String?, owner: String,
                     today: CalendarDate, previouslyWritten: Set<ContentHash> = [], known: KnownPerson? = nil,
                     suspectedMatch: String? = nil, writtenValues: [String: WrittenValue] = [:]) -> PersonNotePlan {
        let digest = PersonDigest(person: person, records: records, owner: owner, summaryLength: settings.summaryLength,
                                  backgroundMinimumWords: settings.backgroundMinimumWords,
                                  duplicates: NearDuplicateDetector(settings: settings))
        // A new note's company, role and department are the merge's to write, so the run owns them.
        var blank = digest
        blank.affiliation = Affiliation()
        var note = NoteText(existingText ?? render(blank, today: today, known: known))
        let merger = PersonNoteMerger(settings: settings)
        var outcome = merger.merge(digest, into: &note, previouslyWritten: previouslyWritten, known: known, writtenValues: writtenValues)
        // A restatement dropped for a better twin is remembered as written, so it never returns.
        outcome.writtenHashes.formUnion(digest.restatements.map { ContentHash($0.line) })
        if existingText == nil, let suspectedMatch {
            // A new name close to a known person: the note says whom it may duplicate.
            FrontmatterEditor.addIfMissing("suspected_match", value: "[[\(suspectedMatch)]]", in: &note)
        }
        var text = note.text
        if let existingText, text != existingText {
            stampFooter(today, in: &note)
            text = note.text
        }
        let change: PersonNoteChange = existingText == nil ? .created : (text == existingText ? .unchanged : .updated)
        var plan = PersonNotePlan(
            person: person, path: known?.notePath ?? peoplePath.path(for: person), text: text, change: change,
            factsAdded: outcome.factsAdded, contextAdded: outcome.contextAdded, topicsAdded: outcome.topicsAdded,
            backgroundAdded: outcome.backgroundAdded, nearDuplicatesSkipped: outcome.nearDuplicatesSkipped,
            deletedSkipped: outcome.deletedSkipped, writtenHashes: outcome.writtenHashes, writtenValues: outcome.writtenValues)
        plan.restatementsDropped = digest.restatements.count
        let lines = Set(note.lines.map(\.content))
        plan.heldFacts = digest.facts.filter { lines.contains($0.line) }
        return plan
    }

    /// The template filled for a new note; the managed lists are added by the merge.
    public func render(_ digest: PersonDigest, today: CalendarDate, known: KnownPerson?) -> String {
        let unknown = settings.unknownValue
        return template.render([
            "name": digest.person,
            "title": YAMLScalar.quotedIfNeeded(digest.person),
            "today": today.iso,
            "last_contact": (digest.lastContact ?? today).iso,
            "role": digest.affiliation.role ?? unknown,
            "company": digest.affiliation.company ?? known?.company ?? unknown,
            "department": digest.affiliation.team ?? unknown,
            "email": known?.email ?? unknown,
            "query_name": PersonNoteTemplate.queryEscaped(digest.person),
        ])
    }

    /// `*Last updated: …*` says when the stage last changed the note.
    private func stampFooter(_ today: CalendarDate, in note: inout NoteText) {
        // A footer-like line inside a code block or the frontmatter is the person's text: never rewritten.
        let fenced = note.fencedLines()
        let body = note.frontmatterEnd.map { $0 + 1 } ?? 0
        guard let footer = note.lines.indices.last(where: {
            $0 >= body && !fenced.contains($0) && note.lines[$0].content.hasPrefix(settings.footerPrefix)
        }) else { return }
        note.lines[footer].content = settings.footerPrefix + " " + today.iso + "*"
    }
}
