import Foundation

#if FUZZING
/// libFuzzer's driver (`libclang_rt.fuzzer_no_main`): parses libFuzzer's flags and calls the
/// callback with each input. SwiftPM names an executable's entry point itself, so the program
/// keeps its own `main` and hands over to the driver rather than using libFuzzer's `main`.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                             _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                             _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt
#endif

/// `meetingfacts-fuzz`. Built by `make fuzz` (`-sanitize=address`, coverage, `-DFUZZING`) it is a
/// libFuzzer binary taking libFuzzer's flags and corpus folders. Built plainly (`swift build`),
/// `meetingfacts-fuzz FILE…` feeds each file to the fuzz target once: how a crash file found
/// by `make fuzz` is replayed under a debugger or turned into a regression test.
@main
enum FuzzCommand {
    /// The stage named by `FUZZ_TARGET` (reader, extractor, merge, frontmatter, diff, pipeline).
    static let stage: FuzzStage = {
        let name = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? "pipeline"
        guard let stage = FuzzStage(rawValue: name) else {
            FileHandle.standardError.write(Data("unknown FUZZ_TARGET '\(name)'; targets: \(FuzzStage.allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
            exit(2)
        }
        return stage
    }()

    static func main() {
        _ = stage
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv) { data, size in
            FuzzCommand.stage.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
            return 0
        })
        #else
        let files = CommandLine.arguments.dropFirst()
        if files.isEmpty {
            FileHandle.standardError.write(Data("usage: [FUZZ_TARGET=stage] meetingfacts-fuzz FILE…  (`make fuzz` builds the fuzzer)\n".utf8))
            exit(2)
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("\(file): error: cannot read\n".utf8))
                exit(1)
            }
            stage.run(Array(data))
            print("\(file): ok")
        }
        #endif
    }
}
