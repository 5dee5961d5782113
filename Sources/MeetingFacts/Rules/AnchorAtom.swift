/// One thing an anchor looks for in a text: a literal byte string (ASCII case folded or not) or
/// one byte of a small ASCII class. Fixed length, so an anchor hit's start is its end minus the
/// length (Vectorscan in exact mode reports ends only).
public struct AnchorAtom: Sendable, Hashable, CustomStringConvertible {
    public enum Form: Sendable, Hashable {
        case literal([UInt8], caseless: Bool)
        /// One byte out of these (all ASCII).
        case byteClass([UInt8])
    }

    public var form: Form

    public init(_ form: Form) { self.form = form }

    /// Bytes of text one hit covers.
    public var length: Int {
        switch form {
        case let .literal(bytes, _): return bytes.count
        case .byteClass: return 1
        }
    }

    /// Roughly how often the atom occurs per byte of English meeting text: what choosing an
    /// anchor minimises, since every hit costs one bounded PCRE2 search.
    var estimatedFrequency: Double {
        switch form {
        case let .literal(bytes, caseless):
            // Letters of real words are not independent: a short common word is far commoner than
            // the product of its letters, so short literals have a floor, and the commonest words their own figure.
            let folded = bytes.map { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A ? $0 | 0x20 : $0 }
            if AnchorAtom.commonWords.contains(folded) { return 0.011 }
            let product = bytes.reduce(1.0) { $0 * AnchorAtom.frequency(of: $1, caseless: caseless) }
            let floor = bytes.count < AnchorAtom.lengthFloor.count ? AnchorAtom.lengthFloor[bytes.count] : 2e-6
            return max(product, floor)
        case let .byteClass(bytes):
            return min(1, bytes.reduce(0.0) { $0 + AnchorAtom.frequency(of: $1, caseless: false) })
        }
    }

    /// Least frequency of a literal of each length (as measured on meeting transcripts).
    private static let lengthFloor: [Double] = [1, 0, 2e-3, 3e-4, 1e-4, 3e-5, 1e-5]

    /// Words common enough in meeting text (about one in 100 bytes, as "the" is) that no anchor should rest on them.
    private static let commonWords: Set<[UInt8]> = Set(["the", "of", "and", "to", "in", "is", "that", "it", "for", "you", "on",
        "with", "as", "be", "this", "have", "or", "at", "by", "not", "but", "we", "so", "are", "was", "an", "they", "what",
        "do", "if", "can", "all", "now", "there", "one", "our", "just", "like", "yeah", "know", "think"].map { Array($0.utf8) })

    static func frequency(of byte: UInt8, caseless: Bool) -> Double {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"):
            let lower = letterFrequency[Int(byte - UInt8(ascii: "a"))] * 0.78
            return caseless ? lower * 1.05 : lower
        case UInt8(ascii: "A")...UInt8(ascii: "Z"):
            let lower = letterFrequency[Int(byte - UInt8(ascii: "A"))] * 0.78
            return caseless ? lower * 1.05 : lower * 0.05
        case UInt8(ascii: " "): return 0.17
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return 0.0008
        case UInt8(ascii: "."), UInt8(ascii: ","): return 0.012
        case 0x80...: return 0.002
        default: return 0.003
        }
    }

    /// English letter frequencies, a to z.
    private static let letterFrequency: [Double] = [
        0.082, 0.015, 0.028, 0.043, 0.127, 0.022, 0.020, 0.061, 0.070, 0.002, 0.008, 0.040, 0.024,
        0.067, 0.075, 0.019, 0.001, 0.060, 0.063, 0.091, 0.028, 0.010, 0.024, 0.002, 0.020, 0.001,
    ]

    /// The atom in Vectorscan's dialect, with whether it matches case-insensitively.
    public var vectorscanExpression: (pattern: String, caseless: Bool) {
        switch form {
        case let .literal(bytes, caseless):
            return (hexEscaped(bytes), caseless)
        case let .byteClass(bytes):
            return ("[" + hexEscaped(bytes) + "]", false)
        }
    }

    private func hexEscaped(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        return bytes.map { "\\x\(digits[Int($0 >> 4)])\(digits[Int($0 & 15)])" }.joined()
    }

    public var description: String {
        switch form {
        case let .literal(bytes, caseless):
            return "'" + String(decoding: bytes, as: UTF8.self) + "'" + (caseless ? "/i" : "")
        case let .byteClass(bytes):
            return "[" + AnchorAtom.ranges(bytes) + "]"
        }
    }

    private static func ranges(_ bytes: [UInt8]) -> String {
        var text = ""
        var index = 0
        while index < bytes.count {
            var end = index
            while end + 1 < bytes.count && bytes[end + 1] == bytes[end] + 1 { end += 1 }
            let first = Character(Unicode.Scalar(bytes[index]))
            text += end - index >= 2 ? "\(first)-\(Character(Unicode.Scalar(bytes[end])))" : String(bytes[index...end].map { Character(Unicode.Scalar($0)) })
            index = end + 1
        }
        return text
    }
}
