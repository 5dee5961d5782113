/// A 64-bit FNV-1a hash of bytes, printed as 16 hex digits: enough to tell whether a note,
/// a rule set or a generated line changed, without a cryptography dependency.
public struct ContentHash: Sendable, Hashable, CustomStringConvertible {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    public init(_ text: String) {
        update(text)
    }

    public init(bytes: some Sequence<UInt8>) {
        update(bytes: bytes)
    }

    /// A hash printed earlier by `description` (16 hex digits).
    public init?(hex: some StringProtocol) {
        guard hex.count == 16, let value = UInt64(hex, radix: 16) else { return nil }
        self.value = value
    }

    public mutating func update(_ text: String) {
        update(bytes: text.utf8)
    }

    public mutating func update(bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01b3
        }
    }

    public var description: String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
