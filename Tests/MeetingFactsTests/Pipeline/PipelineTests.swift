import XCTest
@testable import MeetingFacts

final class PipelineTests: XCTestCase {
    func testEveryStepHasExactlyOneStageInPipelineOrder() {
        let stages: [PipelineStep] = [NoteParser.step, Extractor.step, PeopleResolver.step,
                                      FactAssembler.step, PersonNotePlanner.step, AtomicWriter.step]
        XCTAssertEqual(stages, PipelineStep.allCases)
    }

    func testTheStagesChainedByHandGiveWhatTheAnalyzerGives() throws {
        let rules = RuleSet.shipped
        let text = """
        ---
        date: 2025-10-31
        attendees: ["[[Rhea Kapoor]]", "[[Tomás Ruiz]]"]
        ---

        # Dallas sync

        ## Key facts

        - Tomás Ruiz expects 12 PB in Dallas by Jan.
        """
        let note = try NoteParser(rules: rules).run(NoteParser.Input(path: "2025-10-31 - Dallas sync.md", text: text))
        let date = try XCTUnwrap(note.date)
        let context = ExtractionContext(text: note.text, referenceDate: date, rules: rules, attendees: ["Rhea Kapoor", "Tomás Ruiz"])
        let mentions = Extractor(rules: rules).run(context).mentions
        let people = PeopleResolver(rules: rules).run(PeopleResolver.Input(
            declaredAttendees: note.declaredAttendees, transcriptSpeakers: note.transcriptSpeakers, mentions: mentions,
            knownPeople: [], owner: nil))
        let facts = FactAssembler(rules: rules).run(FactAssembler.Input(note: note, mentions: mentions, buffer: context.buffer))
        let analysis = NoteAnalyzer(rules: rules).analyze(note, date: date)
        XCTAssertEqual(people.attendees, ["Rhea Kapoor", "Tomás Ruiz"])
        XCTAssertEqual(facts.map(\.text), ["Tomás Ruiz expects 12 PB in Dallas by Jan."])
        XCTAssertEqual(facts.first?.about, ["Tomás Ruiz"])
        XCTAssertEqual(analysis.people, people)
        XCTAssertEqual(analysis.facts, facts)
    }
}
