/// The normalized keys of a mention in the `extract --json` contract, each kind filling its own:
/// what `Mention` and a hand-written `GoldMention` both hold, so the list exists once. Both encode
/// these keys flat beside their own (`kind`, `text`, `line`, …), as the contract has them.
public struct MentionValues: Sendable, Equatable, Codable {
    // quantity
    public var unit: String?
    public var value: Double?
    public var low: Double?
    public var high: Double?
    public var approx: Bool?
    public var item: String?
    // duration
    public var seconds: Double?
    public var timex: String?
    // date
    public var start: String?
    public var end: String?
    public var grain: String?
    /// A date that names a time of day: "15:00" (24-hour, local as written).
    public var time: String?
    /// A date that names a part of the day: MO, AF, EV, NI.
    public var part: String?
    // set (a recurrence): `timex` holds its TIMEX3 value; `freq` how often per period ("2X").
    public var freq: String?
    // person, company, site
    public var name: String?
    // person: the affiliation a name-shaped context states ("Kushal Datta (Microsoft Apollo)")
    public var company: String?
    public var role: String?
    public var team: String?

    public init() {}
}
