/// A problem found in an input (a rule file, a meeting note, a config), with where it is.
///
/// Printed as `path:line:col: error: [rule-id] message`, the form editors and CI logs link to.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error, warning, note
    }

    public var location: SourceLocation
    public var severity: Severity
    /// The rule the problem belongs to, when there is one.
    public var ruleID: String?
    public var message: String

    public init(_ severity: Severity = .error, at location: SourceLocation, rule ruleID: String? = nil, _ message: String) {
        self.location = location
        self.severity = severity
        self.ruleID = ruleID
        self.message = message
    }

    public var description: String {
        let rule = ruleID.map { "[\($0)] " } ?? ""
        return "\(location): \(severity.rawValue): \(rule)\(message)"
    }
}
