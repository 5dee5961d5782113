/// Reads Unicode scalars out of valid UTF-8 bytes (a Swift string's) and classifies them as
/// PCRE2 does with UCP: `\p{Lu}`, `\p{Ll}`, `\p{L}`, `\p{N}` by general category. ASCII is
/// answered from the byte; other scalars from the standard library's Unicode tables, which may be
/// of a newer Unicode version than the PCRE2 library's: a letter assigned since (rare scripts,
/// CJK extensions) is a letter here and unassigned to PCRE2.
struct UTF8Scanner {
    let bytes: UnsafeBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var count: Int { bytes.count }

    /// The scalar starting at `offset` and its length in bytes; nil at or past the end.
    @inline(__always)
    func scalar(at offset: Int) -> (value: UInt32, length: Int)? {
        guard offset < bytes.count else { return nil }
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { return (lead, 1) }
        func continuation(_ index: Int) -> UInt32 {
            offset + index < bytes.count ? UInt32(bytes[offset + index] & 0x3F) : 0
        }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | continuation(1), 2) }
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3) }
        return ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
    }

    /// The scalar that ends right before `offset`; nil at the start.
    @inline(__always)
    func scalar(before offset: Int) -> UInt32? {
        guard offset > 0 else { return nil }
        var start = offset - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(at: start)?.value
    }

    private static func category(_ value: UInt32) -> Unicode.GeneralCategory? {
        Unicode.Scalar(value)?.properties.generalCategory
    }

    /// `\p{Lu}`.
    @inline(__always)
    static func isUppercase(_ value: UInt32) -> Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return category(value) == .uppercaseLetter
    }

    /// `\p{Ll}`.
    @inline(__always)
    static func isLowercase(_ value: UInt32) -> Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return category(value) == .lowercaseLetter
    }

    /// `\p{L}`.
    static func isLetter(_ value: UInt32) -> Bool {
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        switch category(value) {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// `\p{N}`.
    static func isNumber(_ value: UInt32) -> Bool {
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        switch category(value) {
        case .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    /// `[\p{L}\p{N}_]`: what may not follow a name word.
    static func isWordCharacter(_ value: UInt32) -> Bool {
        value == 0x5F || isLetter(value) || isNumber(value)
    }
}
