/// The numeric part of a quantity or duration match, before any unit: one value or a range, and
/// whether it was hedged. Read from the named groups every quantity and duration rule shares:
/// `hedge` (about, ~, up to…, or a bound such as ">" or "sub-"), `plus` (the "+" of "100+"),
/// `number`, or `low` and `high` with `highplus` (the "+" of "10–20+").
public struct MeasuredAmount: Sendable, Equatable {
    public var value: Double?
    public var low: Double?
    public var high: Double?
    public var approx: Bool

    public init(value: Double? = nil, low: Double? = nil, high: Double? = nil, approx: Bool = false) {
        self.value = value
        self.low = low
        self.high = high
        self.approx = approx
    }

    /// The amount a match states, nil when its numbers do not parse or its range runs backwards
    /// (a backwards "range" is usually a date or an identifier such as 11-5).
    public init?(_ match: RuleMatch, parser: NumberParser) {
        approx = match.has("hedge") || match.has("plus") || match.has("highplus")
        if let lowText = match.group("low"), let highText = match.group("high") {
            guard var low = parser.parse(lowText), let high = parser.parse(highText) else { return nil }
            // "$20–25M", "1-2 million": the multiplier written once applies to both ends.
            if low.scale == nil, let scale = high.scale, low.value * scale <= high.value {
                low.value *= scale
            }
            guard low.value < high.value else { return nil }
            self.low = low.value
            self.high = high.value
        } else if let numberText = match.group("number"), let number = parser.parse(numberText) {
            value = number.value
        } else {
            return nil
        }
    }

    /// The amount converted to a canonical unit: `(x + offset) × factor` (°F → °C needs the offset),
    /// and divided by `perSeconds` for rates (per day → per second).
    public func converted(factor: Double, offset: Double = 0, perSeconds: Double = 1) -> MeasuredAmount {
        func convert(_ number: Double?) -> Double? { number.map { ($0 + offset) * factor / perSeconds } }
        return MeasuredAmount(value: convert(value), low: convert(low), high: convert(high), approx: approx)
    }
}
