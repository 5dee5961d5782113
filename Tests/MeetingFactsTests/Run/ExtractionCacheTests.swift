import Foundation
import XCTest
@testable import MeetingFacts

/// The state's extraction cache: a `--full` run with unchanged rules takes unchanged meetings'
/// extraction from it; a changed note, a rules change or a dry run each behave as they must.
final class ExtractionCacheTests: XCTestCase {
    private let today = CalendarDate(year: 2025, month: 11, day: 15)
    private let hiring = "Meetings/2025-11-04 - Hiring loop debrief.md"

    private func run(_ vault: TemporaryFolder, dryRun: Bool = false, full: Bool = false, rules: String? = nil) throws -> RunReport {
        var options = RunOptions(vault: vault.path, today: today)
        options.dryRun = dryRun
        options.full = full
        options.rulesDirectory = rules
        return try VaultRun(options: options).execute()
    }

    private func people(_ vault: TemporaryFolder) -> [String: String] {
        var notes: [String: String] = [:]
        for file in vault.allFiles() where file.hasPrefix("People/") { notes[file] = vault.read(file) }
        return notes
    }

    func testAFullRunWithUnchangedRulesReusesEveryExtractionAndChangesNothing() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        let first = try run(vault)
        XCTAssertEqual(first.meetings, 3)
        XCTAssertEqual(first.extractionsReused, 0)
        let written = people(vault)
        let full = try run(vault, full: true)
        XCTAssertEqual(full.meetings, 3)
        XCTAssertEqual(full.extractionsReused, 3)
        XCTAssertEqual(full.changedFiles, [])
        XCTAssertEqual(full.facts, first.facts)
        XCTAssertEqual(people(vault), written)
    }

    func testAChangedNoteIsExtractedAgainAndOnlyIt() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        _ = try run(vault)
        vault.write(hiring, vault.read(hiring)! + "\n- Ines Duarte from Microsoft joins the loop as shadow interviewer.\n")
        let full = try run(vault, full: true)
        XCTAssertEqual(full.meetings, 3)
        XCTAssertEqual(full.extractionsReused, 2)
        XCTAssertEqual(full.changedFiles, ["People/Ines Duarte.md"])
        XCTAssertTrue(vault.read("People/Ines Duarte.md")?.contains("\ncompany: Microsoft\n") == true)
        XCTAssertEqual(try run(vault, full: true).extractionsReused, 3)
    }

    func testATouchedButUnchangedNoteTakesItsExtractionFromTheCache() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        _ = try run(vault)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 3600)], ofItemAtPath: vault.url(hiring))
        let report = try run(vault)
        XCTAssertEqual(report.meetings, 1)
        XCTAssertEqual(report.extractionsReused, 1)
        XCTAssertEqual(report.changedFiles, [])
    }

    func testARulesChangeExtractsEveryNoteAgain() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        _ = try run(vault)
        let rules = TemporaryFolder("rules")
        rules.write("extra.yml", "settings:\n  summary_similarity: 0.5\n")
        let changed = try run(vault, rules: rules.path)
        XCTAssertEqual(changed.meetings, 3)
        XCTAssertEqual(changed.extractionsReused, 0)
        XCTAssertEqual(try run(vault, full: true, rules: rules.path).extractionsReused, 3)
        // Back to the shipped rules: the cache now holds the other rules' results.
        XCTAssertEqual(try run(vault, full: true).extractionsReused, 0)
    }

    func testADryRunReadsTheCacheAndWritesNothingToIt() throws {
        let vault = RepositoryPaths.copy(RepositoryPaths.demoVault)
        let dry = try run(vault, dryRun: true, full: true)
        XCTAssertEqual(dry.extractionsReused, 0)
        XCTAssertNil(vault.read(".meetingfacts/state.sqlite"))
        _ = try run(vault)
        vault.write(hiring, vault.read(hiring)! + "\n- Ines Duarte joins the loop.\n")
        XCTAssertEqual(try run(vault, dryRun: true, full: true).extractionsReused, 2)
        XCTAssertEqual(try StateStore(vaultRoot: vault.path, readOnly: true).extractionKeys().count, 3)
        XCTAssertEqual(try run(vault, dryRun: true, full: true).extractionsReused, 2)
    }

    func testTheKeyChangesWithTheTextTheDateTheRulesAndTheDateOrder() throws {
        let rules = try RuleSet.load(extraDirectories: [])
        let parser = NoteParser(rules: rules)
        let note = try parser.parse(text: "---\ntype: meeting\n---\n\n- Dallas lands 40 racks in March.\n", path: "Meetings/2025-10-31 - Sync.md")
        var edited = note
        edited.text += "x"
        let cache = ExtractionCache(keys: [:], rulesFingerprint: "rules-a", monthFirst: true, load: { _ in nil })
        let date = CalendarDate(year: 2025, month: 10, day: 31)
        let key = cache.key(of: note, date: date)
        XCTAssertEqual(cache.key(of: note, date: date), key)
        XCTAssertNotEqual(cache.key(of: edited, date: date), key)
        XCTAssertNotEqual(cache.key(of: note, date: CalendarDate(year: 2025, month: 11, day: 1)), key)
        XCTAssertNotEqual(ExtractionCache(keys: [:], rulesFingerprint: "rules-b", monthFirst: true, load: { _ in nil })
            .key(of: note, date: date), key)
        XCTAssertNotEqual(ExtractionCache(keys: [:], rulesFingerprint: "rules-a", monthFirst: false, load: { _ in nil })
            .key(of: note, date: date), key)
    }

    /// Every field the later stages read survives the cache, on real notes.
    func testACachedExtractionDecodesToTheSameResult() throws {
        let rules = try RuleSet.load(extraDirectories: [])
        let analyzer = NoteAnalyzer(rules: rules)
        let parser = NoteParser(rules: rules)
        try RepositoryPaths.requireVaultSample()
        let folder = RepositoryPaths.vaultSample
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") }.sorted().prefix(3)
        var checked = 0
        for name in names {
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            let note = try parser.parse(text: text, path: "Transcripts/" + name)
            let result = analyzer.extract(note, date: note.date ?? CalendarDate(year: 2025, month: 9, day: 3)).result
            let cached = try XCTUnwrap(CachedExtraction(result))
            XCTAssertGreaterThan(cached.contenders.count, 0)
            let decoded = try XCTUnwrap(CachedExtraction(decoding: try XCTUnwrap(cached.encoded())))
            XCTAssertEqual(decoded, cached)
            XCTAssertEqual(CachedExtraction(decoded.result), cached)
            checked += 1
        }
        XCTAssertEqual(checked, 3)
    }

    /// A person mention with every field set.
    private static let full = {
        var full = Mention(kind: .person, text: "Dana Weiß", line: 7, span: 120..<131, rule: "person.known")
        full.unit = "PB"; full.value = 12.5; full.low = -3; full.high = 1e300; full.approx = false; full.item = "racks"
        full.seconds = 86_400; full.timex = "P1D"; full.start = "2025-10-31"; full.end = "2025-11-01"; full.grain = "day"
        full.time = "15:00"; full.part = "AF"; full.freq = "2X"; full.name = "Dana Weiß"; full.company = "Contoso"
        full.role = "CTO"; full.team = "Platform"
        return full
    }()

    /// A field added to `Mention` or its `MentionValues` must be added to the cache's byte form
    /// too, or the cache would drop it.
    func testTheByteFormHoldsEveryFieldOfAMention() {
        let mention = Mention(kind: .quantity, text: "12 PB", line: 3, span: 10..<15)
        XCTAssertEqual(Mirror(reflecting: mention).children.compactMap(\.label), ["kind", "text", "line", "span", "normalized", "rule"])
        let held = Set<PartialKeyPath<Mention>>(CachedExtraction.stringFields + CachedExtraction.numberFields + [\Mention.normalized.approx])
        XCTAssertEqual(held.count, Mirror(reflecting: MentionValues()).children.count + 1, "every normalized value, and the rule, once")
    }

    /// The byte form as the cache's first version wrote it (a person mention with every field
    /// set, an approximate date): a state an earlier run left reads back the same.
    func testACacheEntryAnEarlierRunWroteStillDecodes() throws {
        let hex = "0204040c706572736f6e1444616e6120576569c39f0e04f0018602feff3f0450420a7261636b730650314414323032352d31302d333114"
            + "323032352d31312d3031066461790a31353a30300441460432581444616e6120576569c39f0e436f6e746f736f0643544f10506c6174666f"
            + "726d18706572736f6e2e6b6e6f776e000000000000294000000000000008c09c7500883ce4377e000000000018f5400864617465064a616e"
            + "0404060c90806014323032362d30312d30310000"
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            bytes.append(try XCTUnwrap(UInt8(hex[index..<next], radix: 16)))
            index = next
        }
        let cached = try XCTUnwrap(CachedExtraction(decoding: Data(bytes)))
        let full = Self.full
        var jan = Mention(kind: .date, text: "Jan", line: 2, span: 3..<6)
        jan.approx = true
        jan.start = "2026-01-01"
        XCTAssertEqual(cached.mentions, [full, jan])
        XCTAssertEqual(cached.matches, 2)
        XCTAssertEqual(cached.encoded(), Data(bytes), "the byte form is unchanged")
    }

    /// Likewise for the extraction result and its candidates: a field added there must be cached too.
    func testTheCacheHoldsEveryFieldOfAnExtractionResult() {
        let mention = Mention(kind: .site, text: "Dallas", line: 1, span: 0..<6)
        let contender = Extractor.Contender(mention: mention, priority: 0, order: 0)
        let result = Extractor.Result(mentions: [], nameCandidates: [], contenders: [], diagnostics: [], matches: 0)
        // `anchorStatistics` is the work a scan did (for benchmarks), not what it found: a cached
        // extraction did no scan, so it is not cached.
        XCTAssertEqual(Mirror(reflecting: result).children.compactMap(\.label),
                       ["mentions", "nameCandidates", "contenders", "diagnostics", "matches", "anchorStatistics"])
        XCTAssertEqual(Mirror(reflecting: contender).children.compactMap(\.label), ["mention", "priority", "order"])
    }

    func testEveryFieldSurvivesTheByteFormAndDamagedBytesAreRefused() throws {
        let full = Self.full
        let bare = Mention(kind: .date, text: "", line: 0, span: 0..<0)
        var approximate = bare
        approximate.approx = true
        let result = Extractor.Result(mentions: [full, bare, approximate],
                                      nameCandidates: [Extractor.Contender(mention: full, priority: -2, order: 40)],
                                      contenders: [Extractor.Contender(mention: bare, priority: 5, order: Int.max)],
                                      diagnostics: [], matches: 1_234_567)
        let cached = try XCTUnwrap(CachedExtraction(result))
        let data = try XCTUnwrap(cached.encoded())
        let decoded = try XCTUnwrap(CachedExtraction(decoding: data))
        XCTAssertEqual(decoded, cached)
        XCTAssertEqual(decoded.result.mentions, [full, bare, approximate])
        XCTAssertNil(CachedExtraction(decoding: data.dropLast()))
        XCTAssertNil(CachedExtraction(decoding: data + Data([0])))
        XCTAssertNil(CachedExtraction(decoding: Data()))
        var otherVersion = [UInt8](data)
        otherVersion[0] = 4
        XCTAssertNil(CachedExtraction(decoding: Data(otherVersion)))
        var withDiagnostic = result
        withDiagnostic.diagnostics = [Diagnostic(at: SourceLocation(path: "a.md", line: 1), "past its limits")]
        XCTAssertNil(CachedExtraction(withDiagnostic))
    }
}
