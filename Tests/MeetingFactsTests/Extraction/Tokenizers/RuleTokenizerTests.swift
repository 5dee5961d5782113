import Foundation
import PCRE2
import XCTest
@testable import MeetingFacts

/// A tokenizer is held to its rule's pattern: on every note we have, it finds the matches a full
/// PCRE2 scan of the pattern finds, match for match (range and named groups).
final class RuleTokenizerTests: XCTestCase {
    private var tokenizerRules: [Rule] { RuleSet.shipped.rules.filter { $0.tokenizer != nil } }

    /// The Markdown files under `folder`, recursively, sorted; nil when the folder is absent.
    private func markdownFiles(under folder: String) -> [String]? {
        guard FileManager.default.fileExists(atPath: folder) else { return nil }
        var files: [String] = []
        let walker = FileManager.default.enumerator(atPath: folder)
        while let relative = walker?.nextObject() as? String {
            if relative.hasSuffix(".md") { files.append(folder + "/" + relative) }
        }
        return files.sorted()
    }

    /// The differences between tokenizer and pattern in one text, described for a failure message.
    private func differences(_ rule: Rule, in text: String, path: String) throws -> [String] {
        let tokenizer = try XCTUnwrap(rule.tokenizer)
        let expected = try rule.pattern.matches(in: text).map(MatchSignature.init)
        let found = tokenizer.matches(in: text).map(MatchSignature.init)
        guard expected != found else { return [] }
        let bytes = Array(text.utf8)
        let foundSet = Set(found), expectedSet = Set(expected)
        let missing = expected.filter { !foundSet.contains($0) }.prefix(5).map { "missing \($0.describe(in: bytes))" }
        let extra = found.filter { !expectedSet.contains($0) }.prefix(5).map { "extra \($0.describe(in: bytes))" }
        return ["\(rule.id) in \(path): \(expected.count) pattern matches, \(found.count) tokenizer matches; "
                + (missing + extra).joined(separator: "; ")]
    }

    private func assertTokenizersMatchPatterns(under folders: [String], atLeast minimumMatches: Int) throws {
        let present = folders.compactMap { markdownFiles(under: $0) }
        guard !present.isEmpty else { throw XCTSkip("\(folders.joined(separator: ", ")) absent") }
        XCTAssertFalse(tokenizerRules.isEmpty)
        var problems: [String] = []
        var matches = 0
        for path in present.joined() {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            for rule in tokenizerRules {
                problems += try differences(rule, in: text, path: path)
                matches += try rule.pattern.matches(in: text).count
            }
        }
        XCTAssertEqual(problems, [])
        // The comparison means something only when the texts hold matches.
        XCTAssertGreaterThanOrEqual(matches, minimumMatches)
    }

    func testTokenizersFindThePatternsMatchesInTheCorpus() throws {
        try assertTokenizersMatchPatterns(under: [RepositoryPaths.corpus + "/notes", RepositoryPaths.corpus + "/golden"],
                                          atLeast: 1_000)
    }

    func testTokenizersFindThePatternsMatchesInTheVaultSample() throws {
        try assertTokenizersMatchPatterns(under: [RepositoryPaths.vaultSampleRoot], atLeast: 10_000)
    }

    func testTokenizersFindThePatternsMatchesInTheTranscripts() throws {
        try assertTokenizersMatchPatterns(under: [RepositoryPaths.shared + "/data/transcripts-md"], atLeast: 50_000)
    }

    /// Name shapes the pattern spells out, one by one: apostrophes, inner capitals, hyphens and
    /// en dashes, particles, five words at most, capitals beyond ASCII, what may precede a name.
    func testTokenizersAgreeWithThePatternOnNameShapes() throws {
        let texts = [
            "Priya Raman met Seán O'Brien and D’Angelo McDonald–Smith", "Ludwig van Beethoven, Anna de la Cruz, Omar bin Laden",
            "Ana Maria Silva Costa Pereira Lima joined", "ÉMILE Zola and Émile Zola; Łukasz Ørsted Δημήτρης Παπαδόπουλος",
            "x.Jason @Jason #Jason /Jason \\Jason -Jason _Jason 9Jason (Jason) \"Jason\" ’Jason", "McDonald3 Jones", "Anne-Marie3 Kay",
            "Anne-marie Kay", "O'BRIEN O'B Jo'Brien", "×Ray ÞOr Ǆemal ǅemal", "IBM Watson", "Jason's deck", "A B", "Ab  Cd",
            "Ab van  Cd", "Ab van", "Ab van Cd", "Ab della Cd di Ef le Gh al Ij", "Ab Cd-Ef–Gh", "Mary-Kate Olsen-Twin", "Ab\u{00A0}Cd",
            "Zoë Ça Ñandú Ōtani", "end with Jason", "JasonX Smith", "Jason_Smith", "Jason²", "ŒUVRE Œuvre", "İstanbul Ĳssel",
        ]
        for rule in tokenizerRules {
            for text in texts {
                XCTAssertEqual(try differences(rule, in: text, path: "\"\(text)\""), [])
            }
        }
    }

    /// Random texts from the pieces a name pattern cares about (capitals and lower case in and
    /// beyond ASCII, titlecase and modifier letters, apostrophes, hyphens, dashes, particles,
    /// digits and other numbers, the characters that may not precede a name, spaces): the
    /// tokenizer and the pattern agree on every one. The generator is seeded, so a failure repeats.
    func testTokenizersAgreeWithThePatternOnRandomTexts() throws {
        let pieces = ["Jo", "An", "Mc", "Mac", "De", "O", "X", "É", "Ø", "Ł", "Δ", "Ж", "ǅ", "ǆ", "Ǆ", "×", "Þ", "ß", "n", "a", "é", "ł",
                      "ж", "ʰ", "中", "'", "’", "-", "–", "—", " ", " ", " ", "  ", "\u{00A0}", "\t", "\n", "van ", "de ", "della ",
                      "al ", "bin ", "le", "9", "²", "Ⅻ", "_", "@", "#", "/", "\\", ".", ",", "(", "\"", "ri", "son", "ONE",
                      "Dr.", "e\u{0301}", "İ", "ŉ", "Ǉ", "ǈ", "Ɓ", "ɓ", "ɐ", "ƀ", "Ā", "ā"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var problems: [String] = []
        var matches = 0
        for _ in 0..<20_000 {
            let text = (0..<(1 + next(24))).map { _ in pieces[next(pieces.count)] }.joined()
            for rule in tokenizerRules {
                problems += try differences(rule, in: text, path: "\"\(text)\"")
                matches += try rule.pattern.matches(in: text).count
            }
            if problems.count >= 5 { break }
        }
        XCTAssertEqual(problems, [])
        XCTAssertGreaterThan(matches, 5_000)
    }

    /// The reference extractor runs the patterns: both extractors read the same mentions.
    func testReferenceExtractorReadsTheSameMentions() throws {
        guard let files = markdownFiles(under: RepositoryPaths.corpus + "/notes") else { throw XCTSkip("corpus/notes absent") }
        let rules = RuleSet.shipped
        let fast = Extractor(rules: rules), reference = Extractor(rules: rules, engine: .reference)
        var candidates = 0
        for path in files {
            let context = ExtractionContext(text: try String(contentsOfFile: path, encoding: .utf8),
                                            referenceDate: CalendarDate(year: 2025, month: 10, day: 31), rules: rules)
            let (one, other) = (fast.extract(context), reference.extract(context))
            XCTAssertEqual(one.mentions, other.mentions, path)
            XCTAssertEqual(one.nameCandidates.map(\.mention), other.nameCandidates.map(\.mention), path)
            XCTAssertEqual(one.matches, other.matches, path)
            candidates += one.nameCandidates.count
        }
        XCTAssertGreaterThan(candidates, 100)
    }
}
