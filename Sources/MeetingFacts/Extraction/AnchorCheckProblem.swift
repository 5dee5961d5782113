/// The anchors of a rule set could not be compiled into one database.
public struct AnchorCheckProblem: Error, Sendable {
    public var message: String
}
