import CVectorscan
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A compiled Vectorscan database in block mode: many expressions, matched in one pass over a
/// text. Read-only once compiled, so one database serves every thread; each scan needs its own
/// `Scratch`.
public final class Database: @unchecked Sendable {
    public let expressionCount: Int
    /// Bytes the compiled database takes.
    public let size: Int
    let handle: OpaquePointer
    /// Scratch space sized for this database; scans clone it, since one scratch serves one scan at a time.
    private let prototype: OpaquePointer

    public init(_ expressions: [Expression]) throws(VectorscanError) {
        expressionCount = expressions.count
        var database: OpaquePointer?
        var compileError: UnsafeMutablePointer<hs_compile_error_t>?
        let patterns: [UnsafeMutablePointer<CChar>?] = expressions.map { strdup($0.pattern) }
        defer { patterns.forEach { free($0) } }
        let flags: [UInt32] = expressions.map { $0.flags.rawValue }
        let ids: [UInt32] = expressions.map(\.id)
        let constant: [UnsafePointer<CChar>?] = patterns.map { $0.map { UnsafePointer($0) } }
        let rc = constant.withUnsafeBufferPointer { patternPointers in
            flags.withUnsafeBufferPointer { flagPointer in
                ids.withUnsafeBufferPointer { idPointer in
                    hs_compile_multi(patternPointers.baseAddress, flagPointer.baseAddress, idPointer.baseAddress,
                                     UInt32(expressions.count), UInt32(HS_MODE_BLOCK), nil, &database, &compileError)
                }
            }
        }
        guard rc == HS_SUCCESS, let database else {
            let message = compileError.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "error \(rc)"
            let index = compileError.map { Int($0.pointee.expression) } ?? -1
            if let compileError { hs_free_compile_error(compileError) }
            throw .compile(expression: index, message: message)
        }
        var scratch: OpaquePointer?
        let scratchRC = hs_alloc_scratch(database, &scratch)
        guard scratchRC == HS_SUCCESS, let scratch else {
            hs_free_database(database)
            throw .library(code: scratchRC, operation: "hs_alloc_scratch")
        }
        var bytes = 0
        hs_database_size(database, &bytes)
        size = bytes
        handle = database
        prototype = scratch
    }

    deinit {
        hs_free_scratch(prototype)
        hs_free_database(handle)
    }

    /// Scratch space for one scan at a time on this database.
    public func makeScratch() throws(VectorscanError) -> Scratch {
        var clone: OpaquePointer?
        let rc = hs_clone_scratch(prototype, &clone)
        guard rc == HS_SUCCESS, let clone else { throw .library(code: rc, operation: "hs_clone_scratch") }
        return Scratch(clone)
    }

    /// Calls `onMatch(id, end)` for every match of every expression in `text`, in order of end
    /// offset (exact mode reports where a match ends; the start is the caller's to know).
    public func scan(_ text: UnsafeBufferPointer<UInt8>, scratch: Scratch,
                     _ onMatch: (_ id: UInt32, _ end: Int) -> Void) throws(VectorscanError) {
        guard let base = text.baseAddress, !text.isEmpty else { return }
        let rc = withoutActuallyEscaping(onMatch) { body in
            var box = MatchSink(body: body)
            return withUnsafeMutablePointer(to: &box) { sink in
                base.withMemoryRebound(to: CChar.self, capacity: text.count) { chars in
                    hs_scan(handle, chars, UInt32(text.count), 0, scratch.handle, { id, _, to, _, context in
                        context!.assumingMemoryBound(to: MatchSink.self).pointee.body(id, Int(to))
                        return 0
                    }, sink)
                }
            }
        }
        guard rc == HS_SUCCESS else { throw .library(code: rc, operation: "hs_scan") }
    }

    private struct MatchSink {
        var body: (UInt32, Int) -> Void
    }
}
