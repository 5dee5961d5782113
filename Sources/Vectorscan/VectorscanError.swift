/// Every way Vectorscan can refuse a set of expressions or abandon a scan.
public enum VectorscanError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An expression does not compile; `expression` is its index in the list given, -1 when the
    /// failure concerns the whole set (too large, no memory).
    case compile(expression: Int, message: String)
    /// Any other Vectorscan error code (scratch allocation, a scan that failed).
    case library(code: Int32, operation: String)

    public var description: String {
        switch self {
        case let .compile(expression, message):
            return expression < 0 ? "Vectorscan: \(message)" : "Vectorscan: expression \(expression): \(message)"
        case let .library(code, operation):
            return "Vectorscan: \(operation) failed with error \(code)"
        }
    }
}
