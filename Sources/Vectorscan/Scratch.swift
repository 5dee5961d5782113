import CVectorscan

/// Vectorscan's working memory for one scan at a time (not shared between threads).
public final class Scratch {
    let handle: OpaquePointer

    init(_ handle: OpaquePointer) { self.handle = handle }

    deinit { hs_free_scratch(handle) }
}
