import XCTest
@testable import MeetingFacts

final class NearDuplicateDetectorTests: XCTestCase {
    let detector = NearDuplicateDetector(settings: PersonNoteSettings(ruleSet: .shipped))

    func testRewordedFactWithTheSameNumbersIsADuplicate() {
        XCTAssertTrue(detector.isNearDuplicate(
            "Fleet targets: ~250k sensors for monitoring and ~30k gateways for uplink in ~3 years",
            "Fleet target: 250,000 sensors for monitoring and 30k gateways for uplinks within 3 years."))
        XCTAssertTrue(detector.isNearDuplicate(
            "The harbour pilot uses 48 vibration sensors across 3 cranes.",
            "Harbour pilot now runs 48 vibration sensors on 3 cranes"))
    }

    func testExtraNamedThingIsStillTheSameFact() {
        XCTAssertTrue(detector.isNearDuplicate(
            "Gateways must handle ~5k messages per second and run on Kubernetes + Kafka",
            "Gateways must handle ~5,000 messages per second and integrate with Kubernetes/OpenShift and Kafka"))
    }

    func testDifferentNumberIsADifferentFact() {
        XCTAssertFalse(detector.isNearDuplicate(
            "The harbour pilot uses 48 vibration sensors across 3 cranes.",
            "The harbour pilot uses 64 vibration sensors across 3 cranes."))
    }

    func testDifferentPersonIsADifferentFact() {
        XCTAssertFalse(detector.isNearDuplicate(
            "Priya will send the calibration report to Marco.",
            "Priya will send the calibration report to Tomas."))
    }

    func testUnrelatedFactsWithoutNumbersDiffer() {
        XCTAssertFalse(detector.isNearDuplicate(
            "Crane alerts go to the night shift supervisor.",
            "The night shift prefers paper checklists over tablets."))
    }

    func testCopiesOfOneMeetingRewordingOnePointAreOneFact() {
        func entry(_ statement: String, meeting: String) -> PersonDigest.Entry {
            PersonDigest.Entry(line: "- " + statement, date: CalendarDate(year: 2025, month: 9, day: 3), statement: statement, meeting: meeting)
        }
        let first = "Jason will update Jai after his decision this week"
        let second = "Jason will update Jai after speaking with VAST CEO Renan and after final decision"
        let sameMeeting = detector.onceEach([entry(first, meeting: "A"), entry(second, meeting: "A")])
        XCTAssertEqual(sameMeeting.kept.map(\.statement), [first])
        XCTAssertEqual(sameMeeting.dropped.map(\.statement), [second])
        // Two meetings saying it are two days' news: only a closer rewording is one fact there.
        let twoMeetings = detector.onceEach([entry(first, meeting: "A"), entry(second, meeting: "B")])
        XCTAssertEqual(twoMeetings.kept.map(\.statement), [first, second])
    }

    func testSignatureReadsScaledNumbersAndNamedThings() {
        let signature = detector.signature("Ops expects 1.5M readings from 400k sensors in Rotterdam")
        XCTAssertEqual(signature.numbers, ["1500000", "400000"])
        XCTAssertEqual(signature.entities, ["ops", "rotterdam"])
        XCTAssertEqual(signature.words, ["ops", "expect", "reading", "sensor", "rotterdam"])
    }
}
