import XCTest
@testable import MeetingFacts

/// What `AnchorDeriver` finds in a pattern: the rarest atoms every match contains, and how far
/// before them a match may start.
final class AnchorDeriverTests: XCTestCase {
    private let deriver = AnchorDeriver(definitions: [
        "UNIT": "(?i:TB|PB|GB)",
        "DIGITS": "[0-9]++(?:\\.[0-9]++)?+",
        "WORDS": "(?i:a\\s+dozen|seven)",
    ])

    private func anchor(_ pattern: String) -> String? { deriver.anchor(of: pattern)?.summary }

    func testALiteralWordIsTheAnchorAndItsBoundIsTheLongestTextBeforeIt() {
        XCTAssertEqual(anchor("(?<![0-9])[0-9]{1,3} ?per(?:cent)?"), "derived 'per', window back to 4 bytes")
    }

    func testAlternativesUniteTheirAnchors() {
        XCTAssertEqual(anchor("(?:half|quarter)[ -]day"), "derived 'half' | 'quarter', window back to 0 bytes")
    }

    func testSharedDefinitionsAreReadWhereTheyAreCalled() {
        XCTAssertEqual(anchor("(?&DIGITS)\\h*+(?&UNIT)"), "derived 'tb'/i | 'pb'/i | 'gb'/i, window back to line start")
    }

    func testAnOptionalPartIsNeverAnAnchor() {
        XCTAssertEqual(anchor("(?:zettabyte)?[0-9]"), "derived [0-9], window back to 9 bytes")
    }

    func testLookaroundsAreNotAnchors() {
        XCTAssertNil(anchor("(?=Acme)\\p{Lu}\\p{L}+"))
    }

    func testWhiteSpaceThatMayBreakALineLeavesTheDefaultReach() {
        XCTAssertEqual(anchor("\\p{L}+\\s+years"), "derived 'years', window back to 64 bytes (default)")
    }

    func testAnAtomBeforeALineBreakingGapIsExact() {
        XCTAssertEqual(anchor("(?&WORDS)\\s+years"), "derived 'a'/i | 'seven'/i, window back to 0 bytes")
    }

    func testACaselessKOrSHasNoClassAnchor() {
        // With UCP, a caseless k also matches the Kelvin sign: a byte class would miss it.
        XCTAssertNil(anchor("(?i:[ks])"))
    }

    func testABackReferenceIsNotRead() {
        XCTAssertNil(anchor("(a)\\1"))
    }
}

extension AnchorDeriverTests {
    /// A rarer atom behind a part that may break a line would leave the window a default reach;
    /// the commoner atom with an exact window wins.
    func testAnExactWindowBeatsARarerAtom() {
        let deriver = AnchorDeriver(definitions: ["ORG": "(?:Acme\\s+Corporation|Globex)"])
        XCTAssertEqual(deriver.anchor(of: "(?&ORG) is")?.summary, "derived 'Acme' | 'Globex', window back to 0 bytes")
        let authored = AnchorDeriver(definitions: ["ORG": "(?:Acme\\s+Corporation|Globex)"], preferExact: false)
        XCTAssertEqual(authored.anchor(of: "(?&ORG) is")?.summary, "derived 'Corporation' | 'Globex', window back to 64 bytes (default)")
    }
}
