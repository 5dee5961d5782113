import Foundation

/// Writing as a pipeline stage: one planned file in, written atomically (the dry run renders the
/// same input as a `UnifiedDiff` instead).
extension AtomicWriter: Stage {
    public struct Input: Sendable {
        public var path: String
        public var contents: Data
        /// The file as read before planning; nil for a new file.
        public var expected: FileFingerprint?

        public init(path: String, contents: Data, expected: FileFingerprint?) {
            self.path = path
            self.contents = contents
            self.expected = expected
        }
    }

    public static var step: PipelineStep { .writeOrDiff }

    public func run(_ input: Input) throws(WriteError) {
        try write(input.contents, to: input.path, expected: input.expected)
    }
}
