import Dispatch
import Foundation

/// `meetingfacts run`: reads the vault's new or changed meeting notes, analyses them, merges what
/// they say into person notes, and writes the notes atomically — or, on a dry run, prints the diff
/// and writes nothing at all (no note, no state, no folder, no lock, no temp file).
public final class VaultRun {
    public let options: RunOptions

    public init(options: RunOptions) {
        self.options = options
    }

    /// Everything loaded before any note is read. The rules are compiled only once some note
    /// needs reading, so a no-op run is a walk, a stat per file and a comparison.
    private struct Setup {
        var root: String
        var config: VaultConfig
        var ruleSources: [RuleSource]
        var template: String?
        /// Changes when rules, template or config change: then every note is processed again.
        var fingerprint: String
    }

    public func execute(progress: (@Sendable (Int, Int) -> Void)? = nil) throws(RunFailure) -> RunReport {
        let started = DispatchTime.now().uptimeNanoseconds
        var report = RunReport()
        let setup = try prepare()

        let lock = RunLock(path: setup.root + "/.meetingfacts/lock")
        if !options.dryRun {
            do { try lock.acquire(wait: options.wait) } catch { throw .locked(error.description) }
            // A run killed mid-write leaves a hidden temp file; with the lock held, ours to remove.
            StaleTemporaryFiles.remove(vaultRoot: setup.root)
        }
        defer { lock.release() }

        let state: StateStore
        do { state = try StateStore(vaultRoot: setup.root, readOnly: options.dryRun) } catch {
            throw .state("\(StateStore.relativePath): error: cannot open run state: \(error)")
        }
        // What each file was at the last run (size, time, kind): all a no-op run needs to read.
        let seen: [String: NoteState]
        do { seen = try state.fingerprints() } catch { throw .state("\(StateStore.relativePath): error: cannot read run state: \(error)") }
        let rerunAll = options.full || (try? state.value(forKey: "fingerprint")) != setup.fingerprint

        // 1. Which files changed: one stat each; a file is read only when it is new or changed.
        let listing = VaultFile.list(root: setup.root)
        report.warnings += listing.diagnostics.map(\.description)
        var update = StateStore.Update()
        update.meta["fingerprint"] = setup.fingerprint
        let present = Set(listing.files.map(\.path))
        update.removedNotes = seen.keys.filter { !present.contains($0) }.sorted()
        let explicit = try explicitNotes(setup.root)
        let changed = listing.files.filter { file in
            if !explicit.isEmpty { return explicit.contains(file.path) }
            guard let known = seen[file.path] else { return true }
            if rerunAll && known.kind == .meeting { return true }
            return known.size != file.size || known.modified != file.modified
        }
        if changed.isEmpty && update.removedNotes.isEmpty && !rerunAll {
            report.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            return report
        }
        let previous: [String: NoteState]
        do { previous = try state.notes() } catch { throw .state("\(StateStore.relativePath): error: cannot read run state: \(error)") }
        let rules = RuleLoader().load(setup.ruleSources)
        if let problem = rules.diagnostics.first(where: { $0.severity == .error }) {
            throw .configuration(problem.description)
        }

        // 2. Read the changed files and everyone's person notes (for names, aliases, emails).
        let scanner = VaultScanner(root: URL(fileURLWithPath: setup.root), config: setup.config,
                                   parser: NoteParser(rules: rules))
        let changedScan = scanner.scan(paths: changed.map(\.path))
        let changedPaths = Set(changed.map(\.path))
        let personPaths = listing.files.filter { previous[$0.path]?.kind == .person && !changedPaths.contains($0.path) }.map(\.path)
        let peopleScan = scanner.scan(paths: personPaths)
        let personNotes = changedScan.personNotes + peopleScan.personNotes
        let directory = PeopleDirectory(personNotes: personNotes)
        report.errors += changedScan.diagnostics.filter { $0.severity == .error }.map(\.description)
        report.warnings += changedScan.diagnostics.filter { $0.severity != .error }.map(\.description)

        // Remember what every changed file was, so the next run skips it until it changes again.
        let byPath = Dictionary(listing.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        var remembered: [String: NoteState] = [:]
        func remember(_ path: String, _ kind: NoteState.Kind) {
            guard let file = byPath[path] else { return }
            remembered[path] = NoteState(path: path, kind: kind, size: file.size, modified: file.modified, hash: "")
        }
        for file in changed { remember(file.path, .other) }
        for diagnostic in changedScan.diagnostics where diagnostic.severity == .error { remember(diagnostic.location.path, .error) }
        for note in changedScan.personNotes { remember(note.path, .person) }

        // 3. Analyse the meeting notes (both cores), group copies of one meeting.
        let meetingNotes = changedScan.meetingNotes.filter { !$0.path.isEmpty }
        let seeded = peopleThisRunWillKnow(meetingNotes, rules: rules, directory: directory, owner: setup.config.owner)
        let analyzer = NoteAnalyzer(rules: rules, knownPeople: directory.people + seeded, owner: setup.config.owner,
                                    monthFirst: setup.config.dateOrder == .us)
        var analyses = analyze(meetingNotes, with: analyzer, progress: progress)
        // A note past its work limits (`NoteLimits`) is skipped with its error, as an unreadable one is.
        let overLimit = analyses.flatMap(\.diagnostics).filter { $0.severity == .error }
        report.errors += overLimit.map(\.description)
        overLimit.forEach { remember($0.location.path, .error) }
        analyses.removeAll { $0.diagnostics.contains { $0.severity == .error } }
        for analysis in analyses {
            report.warnings += analysis.diagnostics.map(\.description)
            report.nearMisses += analysis.people.nearMisses.filter { !report.nearMisses.contains($0) }
        }
        report.meetings = analyses.count
        let grouper = MeetingGrouper(rules: rules)
        var identities = analyses.map { analysis in
            identity(of: analysis, grouper: grouper, seenBefore: previous[analysis.note.path].map { $0.kind == .meeting && $0.isCanonical } ?? false)
        }
        let processedPaths = Set(identities.map(\.path))
        let dates = Set(identities.map(\.date))
        identities += previous.values.filter { $0.kind == .meeting && dates.contains($0.date) && !processedPaths.contains($0.path) && present.contains($0.path) }
            .map { MeetingIdentity(path: $0.path, linkName: $0.linkName, date: $0.date, transcriptHash: $0.transcriptHash,
                                   attendees: Set($0.attendees), summary: $0.summary, seenBefore: $0.isCanonical) }
        let groups = grouper.groups(identities)
        report.duplicateGroups = groups.map { MeetingGroup(canonical: $0[0].path, copies: $0.dropFirst().map(\.path)) }
        let records = mergedRecords(analyses, groups: groups, previous: previous)
        report.facts = records.reduce(0) { $0 + $1.facts.count }

        // 4. Plan the person notes and write them (or print the diff).
        let owner = setup.config.owner ?? ""
        let planner: PersonNotePlanner
        do {
            planner = try PersonNotePlanner(ruleSet: rules, template: setup.template, peoplePath: setup.config.people)
        } catch {
            throw .configuration("error: \(error)")
        }
        // Every change is staged first, so a note touched twice in one run (a link moved, then
        // facts added) is written once and shows as one diff.
        var staged = StagedChanges(root: setup.root)

        // A canonical note deleted: its group's next note becomes canonical, and links move to it.
        for removed in update.removedNotes.compactMap({ previous[$0] }) where removed.kind == .meeting {
            guard let successor = successor(of: removed, previous: previous, present: present, grouper: grouper) else { continue }
            for person in removed.people {
                let path = directory.person(named: person)?.notePath ?? planner.peoplePath.path(for: person)
                guard let text = staged.text(of: path) else { continue }
                let moved = text.replacingOccurrences(of: "[[\(removed.linkName)]]", with: "[[\(successor.linkName)]]")
                    .replacingOccurrences(of: "[[\(removed.linkName)|", with: "[[\(successor.linkName)|")
                if moved != text { staged.stage(path, moved) }
            }
        }

        // A lone first name nobody could resolve ("Jeff") gets no note of its own: it would be a
        // guess, and usually a duplicate of a full name elsewhere in the vault.
        let people = planner.people(in: records, owner: owner).filter { person in
            person.split(separator: " ").count > 1 || directory.person(named: person) != nil
        }
        // Each person's meetings, found once: planning a person reads only the meetings that name them.
        var recordsByPerson: [String: [MeetingRecord]] = [:]
        for record in records {
            var named = Set(record.attendees).union(record.referenced)
            for fact in record.facts { named.formUnion(fact.about) }
            for person in named { recordsByPerson[person, default: []].append(record) }
        }
        var writtenByPath: [String: (person: String, hashes: Set<String>)] = [:]
        for person in people {
            let known = directory.person(named: person)
            let path = known?.notePath ?? planner.peoplePath.path(for: person)
            let existingText = staged.text(of: path)
            let written = Set(((try? state.writtenLines(person: person)) ?? []).compactMap { ContentHash(hex: $0) })
            var plan = planner.run(PersonNotePlanner.Input(person: person, records: recordsByPerson[person] ?? [],
                                                           existingText: existingText, owner: owner, today: options.today,
                                                           previouslyWritten: written, known: known))
            if plan.change == .created, let miss = report.nearMisses.first(where: { $0.name == person }) {
                // A new name close to a known person: the note says whom it may duplicate.
                var note = NoteText(plan.text)
                FrontmatterEditor.addIfMissing("suspected_match", value: "[[\(miss.suspectedMatch)]]", in: &note)
                plan.text = note.text
            }
            guard plan.change != .unchanged else { continue }
            staged.stage(plan.path, plan.text)
            writtenByPath[plan.path] = (person, Set(plan.writtenHashes.map(\.description)))
        }

        let writer = AtomicWriter(vaultRoot: setup.root)
        for change in staged.changes {
            if options.dryRun {
                report.diff += UnifiedDiff(path: change.path, old: change.original?.text, new: change.text).render(colored: options.colored)
            } else {
                do {
                    try writer.run(AtomicWriter.Input(path: change.path, contents: Data(change.text.utf8),
                                                      expected: change.original?.fingerprint))
                } catch let problem {
                    switch problem {
                    case .changedSinceRead, .appearedSinceRead: report.warnings.append(problem.description)
                    default: report.errors.append(problem.description)
                    }
                    continue
                }
                if let status = FileStatus(path: setup.root + "/" + change.path) {
                    remembered[change.path] = NoteState(path: change.path, kind: .person, size: status.size, modified: status.modified, hash: "")
                }
            }
            report.changedFiles.append(change.path)
            if change.original == nil { report.peopleCreated += 1 } else { report.peopleUpdated += 1 }
            if let written = writtenByPath[change.path] { update.written[written.person] = written.hashes }
        }

        // 5. Save what this run learned, after the notes: a crash before this line re-runs the same
        //    notes next time, and the merge makes that converge to the same files.
        if !options.dryRun {
            for (analysis, identity) in zip(analyses, identities) {
                var note = remembered[analysis.note.path] ?? NoteState(path: analysis.note.path, kind: .meeting, size: 0, modified: 0, hash: "")
                note.kind = .meeting
                note.people = (analysis.record.attendees + analysis.record.referenced).filter { $0 != owner }
                note.factCount = analysis.facts.count
                note.date = identity.date
                note.linkName = identity.linkName
                note.summary = identity.summary
                note.attendees = identity.attendees.sorted()
                note.transcriptHash = identity.transcriptHash
                note.canonical = analysis.note.path
                remembered[analysis.note.path] = note
            }
            // Who is canonical: every member of a group points at the group's first note.
            for group in groups {
                for member in group {
                    guard var note = remembered[member.path] ?? previous[member.path] else { continue }
                    note.canonical = group[0].path
                    remembered[member.path] = note
                }
            }
            update.notes = remembered.values.sorted { $0.path < $1.path }
            update.facts = indexedFacts(records, owner: owner)
            do { try state.save(update) } catch {
                // The notes that failed first (a full disk fails them before the state) go with it.
                throw .state((report.errors + ["\(StateStore.relativePath): error: cannot save run state: \(error)"]).joined(separator: "\n"))
            }
        }
        report.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return report
    }

    // MARK: - Steps

    private func prepare() throws(RunFailure) -> Setup {
        let root = URL(fileURLWithPath: options.vault).resolvingSymlinksInPath().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .configuration("\(options.vault): error: not a folder")
        }
        let config: VaultConfig
        do {
            config = try VaultConfig.load(vaultRoot: URL(fileURLWithPath: root),
                                          override: options.configPath.map { URL(fileURLWithPath: $0) })
        } catch {
            throw .configuration(error.description)
        }
        var folders: [String] = []
        if let extra = config.rules { folders.append(extra.hasPrefix("/") ? extra : root + "/" + extra) }
        if let extra = options.rulesDirectory { folders.append(extra) }
        let sources: [RuleSource]
        do { sources = try RuleSet.sources(extraDirectories: folders) } catch { throw .configuration(error.description) }
        var template: String?
        if let templatePath = config.template {
            let full = templatePath.hasPrefix("/") ? templatePath : root + "/" + templatePath
            guard let data = FileManager.default.contents(atPath: full) else {
                throw .configuration("\(templatePath): error: template not found")
            }
            template = String(decoding: data, as: UTF8.self)
        }
        var fingerprint = ContentHash()
        for source in sources {
            fingerprint.update(source.relativePath)
            fingerprint.update(source.contents)
        }
        fingerprint.update(template ?? "")
        let configFile = options.configPath ?? root + "/" + VaultConfig.fileName
        fingerprint.update(FileManager.default.contents(atPath: configFile).map { String(decoding: $0, as: UTF8.self) } ?? "")
        return Setup(root: root, config: config, ruleSources: sources, template: template, fingerprint: fingerprint.description)
    }

    /// The notes named on the command line, vault-relative; each must exist inside the vault.
    private func explicitNotes(_ root: String) throws(RunFailure) -> Set<String> {
        var paths = Set<String>()
        for note in options.notes {
            let absolute = URL(fileURLWithPath: note.hasPrefix("/") ? note : FileManager.default.currentDirectoryPath + "/" + note)
                .resolvingSymlinksInPath().path
            let inVault = URL(fileURLWithPath: root + "/" + note).resolvingSymlinksInPath().path
            let candidate = FileManager.default.fileExists(atPath: absolute) ? absolute : inVault
            guard candidate.hasPrefix(root + "/"), FileManager.default.fileExists(atPath: candidate) else {
                throw .configuration("\(note): error: no such note in the vault")
            }
            paths.insert(String(candidate.dropFirst(root.count + 1)))
        }
        return paths
    }

    private func analyze(_ notes: [MeetingNote], with analyzer: NoteAnalyzer,
                         progress: (@Sendable (Int, Int) -> Void)?) -> [NoteAnalysis] {
        let dated = notes.filter { $0.date != nil }
        let results = AnalysisSlots(count: dated.count)
        DispatchQueue.concurrentPerform(iterations: dated.count) { index in
            results.set(index, analyzer.analyze(dated[index], date: dated[index].date!))
            progress?(results.finished, dated.count)
        }
        return results.values
    }

    /// The people this run is about to create notes for, found by a first pass with the people
    /// rules only. Resolving names against them from the start ("Jai" → "Jai Menon", named in
    /// another meeting) gives the same result the next run gets once their notes exist, so a
    /// second run changes nothing. Names suspected to be misspellings of a known person stay out.
    private func peopleThisRunWillKnow(_ notes: [MeetingNote], rules: RuleSet, directory: PeopleDirectory,
                                       owner: String?) -> [KnownPerson] {
        var peopleRules = rules
        peopleRules.rules = rules.rules.filter { ["person", "company", "site", "ignore"].contains($0.kind) }
        let firstPass = NoteAnalyzer(rules: peopleRules, knownPeople: directory.people, owner: owner)
        let analyses = analyze(notes, with: firstPass, progress: nil)
        var seen = Set(directory.people.map { $0.name.lowercased() })
        var suspected = Set<String>()
        for analysis in analyses { analysis.people.nearMisses.forEach { suspected.insert($0.name) } }
        var people: [KnownPerson] = []
        for analysis in analyses {
            for name in analysis.people.attendees + analysis.people.referenced
            where name.split(separator: " ").count > 1 && !suspected.contains(name) && name != owner {
                if seen.insert(name.lowercased()).inserted { people.append(KnownPerson(name: name)) }
            }
        }
        return people.sorted { $0.name < $1.name }
    }

    /// The note that takes over from a deleted meeting note: the first remaining note of its group.
    private func successor(of removed: NoteState, previous: [String: NoteState], present: Set<String>,
                           grouper: MeetingGrouper) -> NoteState? {
        let gone = MeetingIdentity(path: removed.path, linkName: removed.linkName, date: removed.date,
                                   transcriptHash: removed.transcriptHash, attendees: Set(removed.attendees), summary: removed.summary)
        return previous.values.filter { $0.kind == .meeting && present.contains($0.path) && $0.path != removed.path }
            .sorted { $0.path < $1.path }
            .first { other in
                grouper.isSameMeeting(gone, MeetingIdentity(path: other.path, linkName: other.linkName, date: other.date,
                                                            transcriptHash: other.transcriptHash, attendees: Set(other.attendees),
                                                            summary: other.summary))
            }
    }

    private func identity(of analysis: NoteAnalysis, grouper: MeetingGrouper, seenBefore: Bool) -> MeetingIdentity {
        MeetingIdentity(
            path: analysis.note.path, linkName: analysis.note.linkName, date: analysis.date.iso,
            transcriptHash: MeetingIdentity.transcriptHash(of: analysis.note, minimum: grouper.transcriptMinimum),
            attendees: Set(analysis.record.attendees), summary: analysis.record.summary,
            canonicalHint: analysis.note.canonical, seenBefore: seenBefore, created: analysis.note.frontmatter.string("created"))
    }

    /// One record per meeting: copies merged into their canonical note's record; a canonical note
    /// known only from the state lends its link and summary.
    private func mergedRecords(_ analyses: [NoteAnalysis], groups: [[MeetingIdentity]],
                               previous: [String: NoteState]) -> [MeetingRecord] {
        var byPath = Dictionary(analyses.map { ($0.note.path, $0.record) }, uniquingKeysWith: { first, _ in first })
        var records: [MeetingRecord] = []
        for group in groups {
            let members = group.compactMap { byPath.removeValue(forKey: $0.path) }
            guard !members.isEmpty else { continue }
            var canonical = members.first { $0.path == group[0].path } ?? members[0]
            if canonical.path != group[0].path, let known = previous[group[0].path] {
                canonical.path = known.path
                canonical.linkName = known.linkName
                canonical.summary = known.summary
            }
            records.append(MeetingGrouper.merge(members, canonical: canonical))
        }
        records += byPath.values
        return records.sorted { ($0.date, $0.path) < ($1.date, $1.path) }
    }

    /// The fact index: an attendee has every fact of the meeting, a referenced person those naming them.
    private func indexedFacts(_ records: [MeetingRecord], owner: String) -> [IndexedFact] {
        var facts: [IndexedFact] = []
        for record in records {
            for fact in record.facts {
                let kinds = Set(fact.mentions.map(\.kind)).sorted().joined(separator: ",")
                let people = record.attendees.filter { $0 != owner } + record.referenced.filter { fact.about.contains($0) }
                for person in people {
                    facts.append(IndexedFact(person: person, kinds: kinds.isEmpty ? "text" : kinds, text: fact.text,
                                             meetingDate: record.date.iso, meetingPath: record.path))
                }
            }
        }
        return facts
    }
}

/// Results of the parallel analysis, one slot per note, guarded by a lock.
private final class AnalysisSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [NoteAnalysis?]
    private(set) var finished = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ analysis: NoteAnalysis) {
        lock.lock()
        slots[index] = analysis
        finished += 1
        lock.unlock()
    }

    var values: [NoteAnalysis] { lock.lock(); defer { lock.unlock() }; return slots.compactMap { $0 } }
}
