/// A place in a file: 1-based line and column (column in Unicode scalars; 0 when unknown).
public struct SourceLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int = 0) {
        self.path = path
        self.line = line
        self.column = column
    }

    public var description: String {
        column > 0 ? "\(path):\(line):\(column)" : "\(path):\(line)"
    }
}
