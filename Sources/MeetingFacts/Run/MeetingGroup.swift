/// Notes that record one meeting: the canonical note (linked from person notes) and its copies.
public struct MeetingGroup: Sendable, Equatable, Encodable {
    public var canonical: String
    public var copies: [String]

    public init(canonical: String, copies: [String]) {
        self.canonical = canonical
        self.copies = copies
    }
}
