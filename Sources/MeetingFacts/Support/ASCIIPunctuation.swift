/// The ASCII characters of Unicode's punctuation categories (Pc, Pd, Ps, Pe, Po — what
/// `CharacterSet.punctuationCharacters` holds below 0x80): ! " # % & ' ( ) * , - . / : ; ? @ [ \ ] _ { }.
/// Not `$ + < = > ^ \` | ~`, which are symbols. Trimming them off an ASCII word on its bytes gives
/// what `trimmingCharacters(in: .punctuationCharacters)` gives, without bridging to NSString.
enum ASCIIPunctuation {
    static func contains(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D: return true
        default: return false
        }
    }

    /// `text` without punctuation at either end; nil when it holds a byte of 0x80 or above.
    static func trimmed(_ text: inout String) -> String? {
        text.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var start = 0, end = bytes.count
            while start < end && contains(bytes[start]) { start += 1 }
            while end > start && contains(bytes[end - 1]) { end -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }
}
