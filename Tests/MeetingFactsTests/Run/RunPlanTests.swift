import Foundation
import XCTest
@testable import MeetingFacts

/// A plan survives being saved and read back, every state entry as the run made it.
final class RunPlanTests: XCTestCase {
    func testAPlanReadsBackAsItWasSaved() throws {
        var note = NoteState(path: "Meetings/2025-10-31 - Sync.md", kind: .meeting, size: 120, modified: 1_761_900_000_123_456_789, hash: "")
        note.people = ["Lena Fischer"]
        note.transcriptHash = "ab12"
        note.factCount = 3
        var gpus = Mention(kind: .quantity, text: "40 GPUs", line: 12, span: 2..<9, rule: "count")
        gpus.value = 40
        gpus.unit = "count"
        gpus.item = "GPU"
        gpus.approx = false
        let plan = RunPlan(
            vault: "/vault", today: "2025-11-15", configPath: nil, rulesDirectory: "/rules", setupFingerprint: "f1",
            stateGeneration: "g1",
            inputs: [.init(path: "Meetings/2025-10-31 - Sync.md", fingerprint: FileFingerprint(size: 120, modified: 1_761_900_000_123_456_789, hash: "h")),
                     .init(path: "Meetings/gone.md", fingerprint: nil)],
            changes: [.init(path: "People/Lena Fischer.md", original: nil, text: "# Lena Fischer\n", person: "Lena Fischer", writtenHashes: ["x", "y"],
                            writtenValues: [.init(field: "company", value: "Northwind", date: "2025-10-31")])],
            stateNotes: [note], removedNotes: ["Meetings/gone.md"],
            stateMeta: [.init(key: "fingerprint", value: "f1"), .init(key: "inferred_owner", value: "Jason Vallery")],
            peopleDecisions: [PeopleDecision(kind: .noteCreated, name: "Lena Fischer", person: "People/Lena Fischer.md")],
            forgottenPeople: ["Bea Holm"], forgottenDecisions: [PeopleDecision(kind: .noteCreated, name: "Bea Holm", person: "People/Bea Holm.md")],
            movedLines: [.init(person: "Lena Fischer", hashes: ["z"])],
            peopleSummary: PeopleRunSummary(date: "2025-11-15", created: [.init(name: "Lena Fischer", note: "People/Lena Fischer.md")],
                                            nearMisses: [NearMiss(name: "Lena Fisher", suspectedMatch: "Lena Fischer")]),
            facts: [IndexedFact(person: "Lena Fischer", notePath: "People/Lena Fischer.md",
                                line: "- 40 GPUs — [[2025-10-31 - Sync|2025-10-31]]", text: "40 GPUs", meetingDate: "2025-10-31",
                                meetingPath: "Meetings/2025-10-31 - Sync.md", meetingLine: 12, mentions: [gpus])],
            meetings: 1, factCount: 1, peopleCreated: 1, peopleUpdated: 0, diff: "diff --git a/People/Lena Fischer.md b/People/Lena Fischer.md\n")
        let folder = TemporaryFolder("plan")
        let path = folder.url("change.plan")
        try plan.encoded().write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(try RunPlan.read(path: path), plan)
        let text = try XCTUnwrap(folder.read("change.plan"))
        XCTAssertTrue(text.contains("\"inferred_owner\""), "meta keys are kept as the state has them")
        XCTAssertTrue(text.contains("\"state_generation\" : \"g1\""))
    }

    /// A plan an older release saved lacks what this one keeps: it is refused by its format, and
    /// made again, rather than applied without it.
    func testAPlanOfAnOlderFormatIsNamedByItsFormat() throws {
        let folder = TemporaryFolder("plan")
        let path = folder.write("old.plan", "{\"format\": \"meetingfacts plan 2\", \"vault\": \"/vault\"}")
        XCTAssertThrowsError(try RunPlan.read(path: path)) { error in
            XCTAssertEqual((error as? RunFailure)?.description,
                           "\(path): error: plan format 'meetingfacts plan 2', this meetingfacts reads 'meetingfacts plan 3'")
        }
    }
}
