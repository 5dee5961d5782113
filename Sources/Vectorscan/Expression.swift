import CVectorscan

/// One expression of a database: Vectorscan's own regex dialect (no lookaround, no
/// back-references, no subroutine calls), reported under `id`.
public struct Expression: Sendable, Hashable {
    public var pattern: String
    public var id: UInt32
    public var flags: Flags

    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }
        public static let caseless = Flags(rawValue: UInt32(HS_FLAG_CASELESS))
        public static let dotAll = Flags(rawValue: UInt32(HS_FLAG_DOTALL))
        public static let singleMatch = Flags(rawValue: UInt32(HS_FLAG_SINGLEMATCH))
    }

    public init(_ pattern: String, id: UInt32, flags: Flags = []) {
        self.pattern = pattern
        self.id = id
        self.flags = flags
    }

    /// `bytes` as an expression that matches exactly them (every byte hex-escaped, so UTF-8 and
    /// regex metacharacters need no care).
    public static func literal(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in bytes {
            text += [UInt8(ascii: "\\"), UInt8(ascii: "x"), digits[Int(byte >> 4)], digits[Int(byte & 15)]]
        }
        return String(decoding: text, as: UTF8.self)
    }
}
