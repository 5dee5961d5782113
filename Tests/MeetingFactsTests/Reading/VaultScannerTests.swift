import Foundation
import XCTest
@testable import MeetingFacts

final class VaultScannerTests: XCTestCase {
    private var root: URL!
    private var outside: URL!

    override func setUpWithError() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("reading-vault-\(UUID().uuidString)")
        root = base.appendingPathComponent("vault")
        outside = base.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root.deletingLastPathComponent())
    }

    private func write(_ path: String, _ text: String, under folder: URL? = nil) throws {
        let url = (folder ?? root).appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func testFilesAreSortedIntoMeetingNotesPersonNotesAndTheRest() throws {
        try write("Notes/2025-03-04 - Harbor.md", "---\ntype: meeting\n---\n# Harbor\n")
        try write("Notes/Ferry.md", "---\ndate: 2025-03-10\ntags: [type/meeting]\n---\n")
        try write("Calls/2025-03-11 - Lantern.md", "# Lantern\n")
        try write("Calls/Pinned.md", "---\ntype: people\ntitle: Oskar Lindqvist\n---\n")
        try write("VAST/People/Mei Tanaka/README.md", "# Mei Tanaka\n")
        try write("Ideas/Plans.md", "# Plans\n")
        try write(".obsidian/workspace.md", "---\ntype: meeting\ndate: 2025-01-01\n---\n")
        try write("Calls/notes.txt", "not markdown")
        let config = VaultConfig(meetings: ["Calls"], people: "VAST/People/{name}/README.md")
        let scan = VaultScanner(root: root, config: config).scan()
        XCTAssertEqual(scan.meetingNotes.map(\.path), ["Calls/2025-03-11 - Lantern.md", "Notes/2025-03-04 - Harbor.md", "Notes/Ferry.md"])
        XCTAssertEqual(scan.meetingNotes.map { $0.date?.iso ?? "" }, ["2025-03-11", "2025-03-04", "2025-03-10"])
        XCTAssertEqual(scan.personNotes.map(\.path), ["Calls/Pinned.md", "VAST/People/Mei Tanaka/README.md"])
        XCTAssertEqual(PeopleDirectory(personNotes: scan.personNotes).people.map(\.name), ["Oskar Lindqvist", "Mei Tanaka"])
        XCTAssertEqual(scan.ignored, ["Ideas/Plans.md"])
        XCTAssertEqual(scan.diagnostics, [])
    }

    func testADatedOneOnOneTaggedAsPeopleInThePeopleFolderIsAMeetingNote() throws {
        // Filed under the person, tagged like a person note, but dated and holding a meeting.
        try write("People/Dana White/2025-10-03 - Weekly 1on1.md", """
        ---
        tags: [type/people]
        ---
        # 1:1 — Dana White — 2025-10-03

        ## Transcript

        Dana White: The Osaka racks land in November.
        """)
        try write("People/2025-10-10 Dana White.md", "---\ntype: people\n---\n## Summary\n\nQuarterly review of the Osaka plan.\n")
        try write("People/Dana White/2025-10-17 - Actions.md", "---\ntype: person\n---\n## Action items\n\n- [ ] Send the rack plan @Dana White\n")
        // A person note is never a meeting: undated, or dated with only a person's template in it.
        try write("People/Dana White.md", "---\ntype: people\n---\n# Dana White\n\n## Summary\n\nRuns the Osaka build.\n")
        try write("People/2025-10-20 Mira Sato.md", """
        ---
        type: people
        ---
        # Mira Sato

        ## Open Tasks

        ```dataview
        TASK FROM "" WHERE contains(text, "Mira Sato")
        ```
        """)
        let scan = VaultScanner(root: root, config: VaultConfig(people: "People/{name}.md")).scan()
        XCTAssertEqual(scan.meetingNotes.map(\.path), ["People/2025-10-10 Dana White.md", "People/Dana White/2025-10-03 - Weekly 1on1.md",
                                                       "People/Dana White/2025-10-17 - Actions.md"])
        XCTAssertEqual(scan.meetingNotes.map(\.attendees), [[], ["Dana White"], []])
        XCTAssertEqual(scan.personNotes.map(\.path), ["People/2025-10-20 Mira Sato.md", "People/Dana White.md"])
    }

    func testSymlinkOutOfTheVaultIsNotFollowed() throws {
        try write("Secret.md", "---\ntype: meeting\ndate: 2025-03-04\n---\n# Outside\n", under: outside)
        try write("Away/Inner.md", "---\ntype: meeting\ndate: 2025-03-05\n---\n# Outside folder\n", under: outside)
        try write("Meetings/Inside.md", "---\ntype: meeting\ndate: 2025-03-06\n---\n# Inside\n")
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("Meetings/Linked.md"),
                                                   withDestinationURL: outside.appendingPathComponent("Secret.md"))
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("Away"),
                                                   withDestinationURL: outside.appendingPathComponent("Away"))
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("Meetings/Alias.md"),
                                                   withDestinationURL: root.appendingPathComponent("Meetings/Inside.md"))
        let scan = VaultScanner(root: root).scan()
        XCTAssertEqual(scan.meetingNotes.map(\.title), ["Inside", "Inside"])
        XCTAssertEqual(scan.diagnostics.map(\.location.path), ["Away", "Meetings/Linked.md"])
        XCTAssertTrue(scan.diagnostics.allSatisfy { $0.severity == .warning })
    }
}
