/// A number read from its surface: the value, and the multiplier written with it ("25M" → 1e6),
/// which a range shares with an end written without one ("$20–25M" → both ends in millions).
public struct ParsedNumber: Sendable, Equatable {
    public var value: Double
    /// The multiplier written after the numeral ("k", "million", "bn"), nil when there was none.
    public var scale: Double?

    public init(value: Double, scale: Double? = nil) {
        self.value = value
        self.scale = scale
    }
}
