import CVectorscan

/// Facts about the linked Vectorscan library.
public enum VectorscanLibrary {
    /// The library's version string, e.g. "5.4.9 2023-03-23".
    public static var version: String { String(cString: hs_version()) }

    /// True when this machine's CPU runs Vectorscan (it needs SSSE3 on x86, NEON on ARM).
    public static var isPlatformSupported: Bool { hs_valid_platform() == HS_SUCCESS }
}
