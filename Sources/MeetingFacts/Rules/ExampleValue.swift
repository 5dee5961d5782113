/// A value from a rule file: an expected value in an example, an attribute a rule produces, or a
/// setting (the only place a list is allowed, see `RuleSetting`).
public enum ExampleValue: Sendable, Equatable, CustomStringConvertible {
    case string(String)
    case number(Double)
    case bool(Bool)
    /// A YAML list of scalars, as written.
    case list([String])

    /// Reads a YAML scalar the way a rule author means it: numbers as numbers
    /// (`1e12`, `2.5e10`), `true`/`false` as booleans, anything else as text.
    init(yamlScalar text: String, isQuoted: Bool) {
        if !isQuoted {
            if text == "true" { self = .bool(true); return }
            if text == "false" { self = .bool(false); return }
            if let number = Double(text), text.first.map({ $0.isNumber || $0 == "-" || $0 == "." }) == true {
                self = .number(number)
                return
            }
        }
        self = .string(text)
    }

    public var stringValue: String {
        switch self {
        case let .string(text): return text
        case let .number(number): return number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case let .bool(flag): return String(flag)
        case let .list(items): return items.joined(separator: ", ")
        }
    }

    public var description: String {
        switch self {
        case let .string(text): return "\"\(text)\""
        case let .list(items): return "[" + items.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
        default: return stringValue
        }
    }
}
