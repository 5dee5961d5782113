import Foundation
import XCTest
@testable import MeetingFacts

/// The people of every note of the shared real vault sample (read by path, never copied): attendees
/// hold the declared people and the named speakers, no placeholder appears, and merely named people
/// are referenced. Set PEOPLE_VAULT_REPORT to a file path to get one line per note for hand checks.
final class PeopleVaultSampleTests: XCTestCase {
    private let folder = "/work/shared/data/vault-sample/Transcripts"
    private let owner = "Jason Vallery"

    /// What a note declares, read minimally here so this check does not wait for the note reader.
    private struct Declared {
        var attendees: [String] = []
        var speakers: [String] = []
    }

    private func declared(in text: String) -> Declared {
        var result = Declared()
        let lines = text.components(separatedBy: "\n")
        var inFrontmatter = lines.first == "---"
        var inPeopleList = false
        for (index, line) in lines.enumerated() {
            if inFrontmatter {
                if index > 0 && line == "---" { inFrontmatter = false; continue }
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasSuffix(":") {
                    inPeopleList = ["people:", "attendees:", "participants:"].contains(trimmed)
                } else if inPeopleList, trimmed.hasPrefix("- ") {
                    result.attendees.append(String(trimmed.dropFirst(2)))
                } else if !line.hasPrefix(" ") && !line.hasPrefix("-") {
                    inPeopleList = false
                }
                continue
            }
            for label in ["**Participants:**", "**People:**", "**Attendees:**"] {
                guard let range = line.range(of: label) else { continue }
                var rest = String(line[range.upperBound...])
                if let dot = rest.range(of: " · ") { rest = String(rest[..<dot.lowerBound]) }
                result.attendees += rest.components(separatedBy: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            }
            if line.hasPrefix("# 1:1 — ") {
                let parts = line.components(separatedBy: " — ")
                if parts.count >= 2 { result.attendees.append(parts[1]) }
            }
            if line.hasPrefix("["), let close = line.firstIndex(of: "]"), let colon = line.range(of: " :") {
                let name = line[line.index(after: close)..<colon.lowerBound].trimmingCharacters(in: .whitespaces)
                if !name.isEmpty { result.speakers.append(name) }
            }
            if line.hasPrefix("**"), let end = line.range(of: "**:") {
                result.speakers.append(String(line[line.index(line.startIndex, offsetBy: 2)..<end.lowerBound]))
            }
        }
        return result
    }

    func testEveryVaultSampleNoteSplitsAttendeesFromReferencedPeople() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") }.sorted()
        XCTAssertEqual(files.count, 72)
        let rules = RuleSet.shipped
        let resolver = PeopleResolver(rules: rules)
        let extractor = Extractor(rules: rules)
        var counts: [String: Int] = [:]
        var report = ""
        // Stand-ins seen in transcripts: generic placeholders and the devices a transcriber names.
        let placeholders: Set<String> = ["Remote", "Speaker 1", "Speaker 2", "Unknown", "Me", "Moderator",
                                         "Jabra Speak 710", "Parallels Desktop"]
        for file in files {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            let note = declared(in: text)
            let context = ExtractionContext(text: text, referenceDate: nil, rules: rules)
            let people = resolver.resolve(PeopleResolver.Input(
                declaredAttendees: note.attendees, transcriptSpeakers: note.speakers,
                extraction: extractor.extract(context, path: file), buffer: context.buffer, owner: owner), known: KnownPeopleIndex([]))
            let result = (mentions: people.mentions, ())
            for mention in result.mentions where mention.kind.isEntity {
                counts[mention.kind.rawValue, default: 0] += 1
            }
            XCTAssertTrue(people.attendees.contains(owner), file)
            for name in people.attendees + people.referenced {
                XCTAssertFalse(placeholders.contains(name), "\(file): placeholder \(name)")
            }
            XCTAssertTrue(Set(people.attendees).isDisjoint(with: people.referenced), file)
            // Every declared two-word name attends (companies and topics are one word or in the gazetteer).
            for raw in note.attendees {
                guard let name = resolver.cleanDeclared(raw, known: []), name.split(separator: " ").count >= 2 else { continue }
                XCTAssertTrue(people.attendees.contains(name), "\(file): declared \(name) missing from \(people.attendees)")
            }
            for speaker in note.speakers where speaker.split(separator: " ").count >= 2 && !placeholders.contains(speaker) {
                XCTAssertTrue(people.attendees.contains(speaker), "\(file): speaker \(speaker) missing")
            }
            let companies = Set(result.mentions.filter { $0.kind == .company }.compactMap(\.name)).sorted()
            let sites = Set(result.mentions.filter { $0.kind == .site }.compactMap(\.name)).sorted()
            report += "\(file)\n  attendees: \(people.attendees)\n  referenced: \(people.referenced)\n"
            report += "  companies: \(companies)\n  sites: \(sites)\n  near misses: \(people.nearMisses.map { "\($0.name)~\($0.suspectedMatch)" })\n"
            report += "  affiliations: \(people.affiliations.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.company ?? "")/\($0.value.team ?? "")/\($0.value.role ?? "")" })\n"
        }
        report = "mentions: person \(counts["person"] ?? 0), company \(counts["company"] ?? 0), site \(counts["site"] ?? 0)\n" + report
        if let path = ProcessInfo.processInfo.environment["PEOPLE_VAULT_REPORT"] {
            try report.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }
}
