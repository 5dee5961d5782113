#if FUZZING
/// libFuzzer's entry point, present only in the `make fuzz` build (`-sanitize=fuzzer,address
/// -DFUZZING`), where libFuzzer supplies `main`.
@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzTarget.run(bytes)
    return 0
}
#endif
