#if !FUZZING
import Foundation

/// Without the fuzzer (a plain `swift build`), `meetingfacts-fuzz FILE…` feeds each file to the
/// fuzz target once: how a crash file found by `make fuzz` is replayed under a debugger.
@main
enum ReplayCommand {
    static func main() {
        let files = CommandLine.arguments.dropFirst()
        if files.isEmpty {
            FileHandle.standardError.write(Data("usage: meetingfacts-fuzz FILE…  (build with `make fuzz` to fuzz)\n".utf8))
            exit(2)
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("\(file): error: cannot read\n".utf8))
                exit(1)
            }
            FuzzTarget.run(Array(data))
            print("\(file): ok")
        }
    }
}
#endif
