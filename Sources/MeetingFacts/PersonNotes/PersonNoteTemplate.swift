import Foundation

/// The text of a new person note, with `{{placeholder}}`s filled: `name`, `title` (the name as a
/// YAML value), `today`, `last_contact`, `role`, `company`, `department`, `email` (the unknown
/// value when not known) and `query_name` (the name inside a Dataview string, matching the
/// `@Full Name` form action items use). Unknown placeholders are left as written.
/// Managed sections are filled afterwards by the same merge that updates existing notes.
public struct PersonNoteTemplate: Sendable {
    public var text: String

    public init(text: String) { self.text = text }

    public func render(_ values: [String: String]) -> String {
        var output = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            output += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                rest = rest[open.lowerBound...]
                break
            }
            let key = String(rest[open.upperBound..<close.lowerBound])
            output += values[key] ?? String(rest[open.lowerBound..<close.upperBound])
            rest = rest[close.upperBound...]
        }
        return output + rest
    }

    /// A Dataview string literal's content.
    public static func queryEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}
