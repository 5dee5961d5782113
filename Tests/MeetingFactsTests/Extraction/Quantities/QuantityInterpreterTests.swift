import XCTest
@testable import MeetingFacts

final class QuantityInterpreterTests: XCTestCase {
    private func quantities(_ text: String) -> [Mention] {
        let rules = RuleSet.shipped
        let context = ExtractionContext(text: text, referenceDate: CalendarDate(year: 2025, month: 10, day: 31), rules: rules)
        return Extractor(rules: rules).extract(context).mentions.filter { $0.kind == .quantity }
    }

    func testContractExampleIsARangeOfBytesPerSecond() throws {
        let found = quantities("Peak write ~1–2 TB/s; Dallas capacity lands in Jan.")
        XCTAssertEqual(found.count, 1)
        let rate = try XCTUnwrap(found.first)
        XCTAssertEqual(rate.text, "~1–2 TB/s")
        XCTAssertEqual(rate.unit, "B/s")
        XCTAssertEqual(rate.low, 1e12)
        XCTAssertEqual(rate.high, 2e12)
        XCTAssertNil(rate.value)
        XCTAssertEqual(rate.approx, true)
        XCTAssertEqual(rate.span, [11, 22])
    }

    func testPerDayRatesBecomePerSecond() throws {
        let rate = try XCTUnwrap(quantities("Checkpoints write 100 PB/day").first)
        XCTAssertEqual(rate.unit, "B/s")
        XCTAssertEqual(try XCTUnwrap(rate.value), 1e17 / 86400, accuracy: 1)
        XCTAssertEqual(rate.approx, false)
    }

    func testBitsBecomeBytes() throws {
        XCTAssertEqual(quantities("a 200 Gbps uplink").first?.value, 2.5e10)
        XCTAssertEqual(quantities("two 400G NICs per host").first?.value, 5e10)
        XCTAssertEqual(quantities("two 400G NICs per host").first?.unit, "B/s")
    }

    func testBinaryPrefixesAreBinary() {
        XCTAssertEqual(quantities("a 2 TiB volume").first?.value, 2_199_023_255_552)
    }

    func testMoneyKeepsItsCurrencyAndSharesTheMultiplier() throws {
        let range = try XCTUnwrap(quantities("a $20–25M pipeline").first)
        XCTAssertEqual(range.unit, "USD")
        XCTAssertEqual(range.low, 2e7)
        XCTAssertEqual(range.high, 2.5e7)
        XCTAssertEqual(quantities("a €3.5M grant").first?.unit, "EUR")
        XCTAssertEqual(quantities("a €3.5M grant").first?.value, 3.5e6)
    }

    func testPowerPerRackIsTheValueAlone() throws {
        let power = try XCTUnwrap(quantities("racks draw 130 kW per rack").first)
        XCTAssertEqual(power.text, "130 kW")
        XCTAssertEqual(power.value, 130_000)
        XCTAssertEqual(quantities("a 350MW site").map(\.unit), ["W"])
    }

    func testCountsNameTheirSingularItem() throws {
        let gpus = try XCTUnwrap(quantities("1,024 H100s arrived").first)
        XCTAssertEqual(gpus.unit, "count")
        XCTAssertEqual(gpus.value, 1024)
        XCTAssertEqual(gpus.item, "GPU")
        XCTAssertEqual(quantities("64 storage nodes").first?.item, "node")
    }

    func testTemperatureInFahrenheitBecomesCelsius() throws {
        let heat = try XCTUnwrap(quantities("it hit 212 °F").first)
        XCTAssertEqual(heat.unit, "°C")
        XCTAssertEqual(try XCTUnwrap(heat.value), 100, accuracy: 1e-9)
    }

    func testPercentValueIsTheNumberAsWritten() {
        XCTAssertEqual(quantities("utilisation at 62.5%").first?.value, 62.5)
    }

    func testProductNamesVersionsAndRatiosAreNotQuantities() {
        XCTAssertEqual(quantities("BlueField-3 and CX5 cards on Gen9 boxes"), [])
        XCTAssertEqual(quantities("GPT-4 and Falcon 2 customers; the H100 alone"), [])
        XCTAssertEqual(quantities("dedupe ratio 2.8:1 on release 5.4.1 at 3:30 pm"), [])
        XCTAssertEqual(quantities("call +1 415-555-0100 about OPS-1290"), [])
    }
}
