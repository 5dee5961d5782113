// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "MeetingFacts",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "meetingfacts", targets: ["MeetingFactsCLI"]),
        .executable(name: "meetingfacts-bench", targets: ["MeetingFactsBench"]),
        .executable(name: "meetingfacts-fuzz", targets: ["MeetingFactsFuzz"]),
        .library(name: "MeetingFacts", targets: ["MeetingFacts"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // The PCRE2 C library as Debian ships it; only the PCRE2 module imports it.
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"])]
        ),
        // Swift face of PCRE2: compiled patterns, matches, limits, errors.
        .target(name: "PCRE2", dependencies: ["CPCRE2"]),
        // Vectorscan (Hyperscan's portable fork) as Debian ships it; only the Vectorscan module imports it.
        .systemLibrary(
            name: "CVectorscan",
            pkgConfig: "libhs",
            providers: [.apt(["libvectorscan-dev"])]
        ),
        // Swift face of Vectorscan: one database of many expressions, scanned in one pass.
        .target(name: "Vectorscan", dependencies: ["CVectorscan"]),
        // Turns rules/ into Swift source so the shipped rules live inside the binary.
        .executableTarget(name: "EmbedRules"),
        .plugin(
            name: "EmbedRulesPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedRules"]
        ),
        // `git describe` of the source, for `meetingfacts --version`.
        .plugin(name: "BuildVersionPlugin", capability: .buildTool()),
        // All behaviour: reading, extraction, people, facts, person notes, run modes.
        .target(
            name: "MeetingFacts",
            dependencies: [
                "PCRE2",
                "Vectorscan",
                .product(name: "Yams", package: "Yams"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            plugins: ["EmbedRulesPlugin"]
        ),
        // The thin command line: parses arguments, calls the library, prints.
        .executableTarget(
            name: "MeetingFactsCLI",
            dependencies: [
                "MeetingFacts",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            plugins: ["BuildVersionPlugin"]
        ),
        // Benchmarks that print figures: `make bench`.
        .executableTarget(name: "MeetingFactsBench", dependencies: ["MeetingFacts"]),
        // libFuzzer target for the note reader and the extractor. A plain build makes a replay
        // tool (`meetingfacts-fuzz FILE…`); `make fuzz` builds it with -sanitize=fuzzer,address -DFUZZING.
        .executableTarget(name: "MeetingFactsFuzz", dependencies: ["MeetingFacts"]),
        .testTarget(name: "PCRE2Tests", dependencies: ["PCRE2"]),
        .testTarget(name: "VectorscanTests", dependencies: ["Vectorscan"]),
        .testTarget(
            name: "MeetingFactsTests",
            // GRDB: the state tests write a state as an older release left it.
            dependencies: ["MeetingFacts", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ]
)
