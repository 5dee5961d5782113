import XCTest
@testable import MeetingFacts

/// Each transcript form met in real notes, one test each, on lines of our own.
final class TranscriptParserTests: XCTestCase {
    private func turns(_ text: String, known: [String] = [], outsideTranscript: Bool = false) -> [TranscriptTurn] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { NoteSection.Line(number: $0.offset + 1, text: String($0.element)) }
        return TranscriptParser(rules: .shipped, knownNames: known).turns(in: lines, outsideTranscript: outsideTranscript)
    }

    private func speakersAndTexts(_ turns: [TranscriptTurn]) -> [String] { turns.map { "\($0.speaker)|\($0.text)|\($0.line)" } }

    func testTimestampThenNameDashText() {
        let result = turns("[00:00:03.18]  Priya Raman- Morning, all.\n[00:00:05.00]  Remote- Hi there.")
        XCTAssertEqual(speakersAndTexts(result), ["Priya Raman|Morning, all.|1", "Remote|Hi there.|2"])
        XCTAssertEqual(result.first?.timestamp, "00:00:03.18")
    }

    func testTimestampThenNameGluedToTextSplitsAtTheCapitalAfterTwoCapitalisedWords() {
        let result = turns("[00:00:26.06]  Kenji AlbrechtYes, loud and clear.")
        XCTAssertEqual(speakersAndTexts(result), ["Kenji Albrecht|Yes, loud and clear.|1"])
    }

    func testGluedNameBeforeLowerCaseTextSplitsWhenTheNameIsKnown() {
        let result = turns("[00:00:09.31]  Priya Ramanum, the cutover.\n[00:00:11.00]  RemoteFine.", known: ["Priya Raman"])
        XCTAssertEqual(speakersAndTexts(result), ["Priya Raman|um, the cutover.|1", "Remote|Fine.|2"])
    }

    func testGluedNameLearnedFromAClearerFormElsewhereInTheTranscript() {
        let result = turns("[00:00:01.00]  Oskar Lindqvist- Hello.\n[00:00:02.00]  Oskar Lindqvistright, so.")
        XCTAssertEqual(result.map(\.speaker), ["Oskar Lindqvist", "Oskar Lindqvist"])
        XCTAssertEqual(result.last?.text, "right, so.")
    }

    func testDeviceLabelBeforeAGluedNameGivesTheName() {
        let result = turns("[00:00:12.80] Jabra Speak 710 :  Kenji AlbrechtThe cutover is Friday.\n[00:00:13.00] Jabra Speak 710: Kenji Albrecht- Right.")
        XCTAssertEqual(speakersAndTexts(result), ["Kenji Albrecht|The cutover is Friday.|1", "Kenji Albrecht|Right.|2"])
    }

    func testLabelWithoutANameIsTheSpeakerButNotANamedOne() {
        let lines = "[00:00:15.02] Parallels Desktop : Someone joined.\n[00:00:16.00] Remote : You you, sorry."
        let result = turns(lines)
        XCTAssertEqual(speakersAndTexts(result), ["Parallels Desktop|Someone joined.|1", "Remote|You you, sorry.|2"])
        let parser = TranscriptParser(rules: .shipped, knownNames: [])
        XCTAssertFalse(parser.isNamedSpeaker("Parallels Desktop"))
        XCTAssertFalse(parser.isNamedSpeaker("Remote"))
    }

    func testChevronsAfterAName() {
        let result = turns("Rosa Delgado>> Welcome.\nAmir Haddad >> Thanks.")
        XCTAssertEqual(speakersAndTexts(result), ["Rosa Delgado|Welcome.|1", "Amir Haddad|Thanks.|2"])
    }

    func testBoldNameWithTheColonInsideOrOutside() {
        let result = turns("**Marta Okafor:** Let's start.\n**Deshawn Pike**: Numbers are in.")
        XCTAssertEqual(speakersAndTexts(result), ["Marta Okafor|Let's start.|1", "Deshawn Pike|Numbers are in.|2"])
    }

    func testPlainNameColon() {
        let result = turns("Lena Fischer: I finished the scheduler.\nProject Manager: Good.")
        XCTAssertEqual(speakersAndTexts(result), ["Lena Fischer|I finished the scheduler.|1", "Project Manager|Good.|2"])
    }

    func testNumberedSpeakerIsASpeakerButNotANamedOne() {
        let result = turns("Speaker 1: Quick round.\nSpeaker 2: Nothing new.")
        XCTAssertEqual(result.map(\.speaker), ["Speaker 1", "Speaker 2"])
        let parser = TranscriptParser(rules: .shipped, knownNames: [])
        XCTAssertFalse(parser.isNamedSpeaker("Speaker 1"))
        XCTAssertFalse(parser.isNamedSpeaker("Speaker B"))
        XCTAssertTrue(parser.isNamedSpeaker("Lena Fischer"))
    }

    func testBracketedName() {
        let result = turns("[Oskar Lindqvist]: The list price holds.\n[Mei Tanaka]: Fine.")
        XCTAssertEqual(speakersAndTexts(result), ["Oskar Lindqvist|The list price holds.|1", "Mei Tanaka|Fine.|2"])
    }

    func testLinkIsNotABracketedSpeaker() {
        XCTAssertEqual(turns("[the deck](https://example.org): see slide 4"), [])
    }

    func testLineWithoutASpeakerContinuesThePreviousTurn() {
        let result = turns("**Deshawn Pike:** I have the numbers.\nThey came in today.\n\n*00:16*")
        XCTAssertEqual(speakersAndTexts(result), ["Deshawn Pike|I have the numbers. They came in today.|1"])
    }

    func testLoneBoldFieldOutsideATranscriptIsNoSpeaker() {
        let text = "**Date:** 2025-03-04\n**Lena Fischer**: One.\n**Rui Costa**: Two.\n**Lena Fischer**: Three.\n**Rui Costa**: Four."
        XCTAssertEqual(turns(text, outsideTranscript: true).map(\.speaker), ["Lena Fischer", "Rui Costa", "Lena Fischer", "Rui Costa"])
    }

    func testRepeatedWordsGluedToNoiseAreNoSpeaker() {
        let result = turns("[00:00:45.01] Parallels Desktop : You YouBLANK you hello.")
        XCTAssertEqual(result.map(\.speaker), ["Parallels Desktop"])
    }
}
