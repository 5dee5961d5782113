import Foundation

/// How a note writes a person in a list of attendees: a plain name, `[[Name]]`, `[[Name|alias]]`,
/// `[[People/Name]]`, `Name <email>`, or an email. Unwrapped to the name; an email stays an email.
public enum AttendeeName {
    public static func normalized(_ raw: String) -> String? {
        var name = raw.trimmingWhitespace()
        name = String(name.drop(while: { $0 == "\"" || $0 == "'" || $0 == "@" }))
        while let last = name.last, last == "\"" || last == "'" || last == "," { name.removeLast() }
        if name.hasPrefix("[["), let close = name.range(of: "]]") {
            var target = String(name[name.index(name.startIndex, offsetBy: 2)..<close.lowerBound])
            if let bar = target.firstIndex(of: "|") { target = String(target[..<bar]) }
            if let hash = target.firstIndex(of: "#") { target = String(target[..<hash]) }
            if let slash = target.lastIndex(of: "/") { target = String(target[target.index(after: slash)...]) }
            if target.lowercased().hasSuffix(".md") { target.removeLast(3) }
            name = target
        } else if let open = name.firstIndex(of: "<"), name.hasSuffix(">"), open != name.startIndex {
            name = String(name[..<open])
        } else if name.hasPrefix("<"), name.hasSuffix(">") {
            name = String(name.dropFirst().dropLast())
        }
        name = name.trimmingWhitespace()
        return name.isEmpty ? nil : name
    }
}
