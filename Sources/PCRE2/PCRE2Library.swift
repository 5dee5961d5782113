import CPCRE2

/// Facts about the linked PCRE2 library.
public enum PCRE2Library {
    /// True when this PCRE2 build can JIT-compile patterns on this machine.
    public static var isJITAvailable: Bool {
        var available: UInt32 = 0
        let rc = pcre2_config_8(UInt32(PCRE2_CONFIG_JIT), &available)
        return rc >= 0 && available == 1
    }

    /// The library version, e.g. "10.42 2022-12-11".
    public static var version: String {
        var buffer = [UInt8](repeating: 0, count: 64)
        let rc = pcre2_config_8(UInt32(PCRE2_CONFIG_VERSION), &buffer)
        guard rc > 0 else { return "unknown" }
        return String(decoding: buffer.prefix(Int(rc) - 1), as: UTF8.self)
    }

    /// PCRE2's own text for an error code.
    static func message(for code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = pcre2_get_error_message_8(code, &buffer, buffer.count)
        guard length > 0 else { return "error \(code)" }
        return String(decoding: buffer.prefix(Int(length)), as: UTF8.self)
    }
}
