/// One line of a note: its text and the line ending that followed it (`"\n"`, `"\r\n"`, or
/// `""` for a last line without one), so a note is rebuilt byte for byte.
public struct NoteLine: Sendable, Equatable {
    public var content: String
    public var ending: String

    public init(_ content: String, ending: String) {
        self.content = content
        self.ending = ending
    }
}
