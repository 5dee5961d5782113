/// Writes a rule's `(?&NAME)` calls out as the definitions' bodies, `(?^:BODY)` (the options a
/// definition has where it is defined), wherever that keeps the meaning: the definition captures
/// nothing, tests no group, and calls only definitions that qualify in turn. A pattern that begins
/// with a call gives PCRE2 no first-byte set, so it tries a match at every byte; written out, it
/// skips ahead to the bytes a match can start with.
struct PatternInliner {
    /// Definition and lexicon bodies by name.
    let definitions: [String: String]
    /// A definition written out larger than this stays a call (a gazetteer lexicon, say).
    static let maximumBodyLength = 4096

    /// `pattern` with every call that qualifies written out (recursively).
    func inline(_ pattern: String) -> String {
        var cache: [String: String?] = [:]
        return inline(pattern, depth: 0, cache: &cache)
    }

    private func inline(_ pattern: String, depth: Int, cache: inout [String: String?]) -> String {
        let references = PatternDefinition.references(in: pattern)
        guard !references.isEmpty else { return pattern }
        let scalars = Array(pattern.unicodeScalars)
        var result = String.UnicodeScalarView()
        var position = 0
        for reference in references {
            let callLength = reference.name.unicodeScalars.count + 4
            guard let body = expanded(reference.name, depth: depth, cache: &cache) else { continue }
            result.append(contentsOf: scalars[position..<reference.offset])
            result.append(contentsOf: "(?^:\(body))".unicodeScalars)
            position = reference.offset + callLength
        }
        result.append(contentsOf: scalars[position...])
        return String(result)
    }

    /// The body of `name` with its own calls written out, nil when it may not be written out.
    private func expanded(_ name: String, depth: Int, cache: inout [String: String?]) -> String? {
        if let known = cache[name] { return known }
        guard depth < 16, let body = definitions[name], PatternInliner.isSelfContained(body) else {
            cache[name] = .some(nil)
            return nil
        }
        cache[name] = .some(nil) // a definition that calls itself stays a call
        let written = inline(body, depth: depth + 1, cache: &cache)
        let accepted = PatternDefinition.references(in: written).isEmpty && written.utf8.count <= PatternInliner.maximumBodyLength
        cache[name] = .some(accepted ? written : nil)
        return accepted ? written : nil
    }

    /// True when `body` has no capturing group and no condition (which would mean something else
    /// written out than called).
    static func isSelfContained(_ body: String) -> Bool {
        let scalars = Array(body.unicodeScalars)
        var index = 0
        var inClass = false
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\" {
                if index + 1 < scalars.count && scalars[index + 1] == "Q" { return false }
                index += 2
                continue
            }
            if inClass {
                if scalar == "]" { inClass = false }
                index += 1
                continue
            }
            if scalar == "[" {
                inClass = true
                if index + 1 < scalars.count && scalars[index + 1] == "^" { index += 1 }
                if index + 1 < scalars.count && scalars[index + 1] == "]" { index += 1 }
            } else if scalar == "(" {
                let next = index + 1 < scalars.count ? scalars[index + 1] : " "
                if next != "?" && next != "*" { return false }
                if next == "?" && index + 2 < scalars.count {
                    let kind = scalars[index + 2]
                    let after = index + 3 < scalars.count ? scalars[index + 3] : " "
                    if kind == "(" || kind == "'" || kind == "P" || kind == "R" || ("0"..."9").contains(kind) || kind == "+" { return false }
                    if kind == "<" && after != "=" && after != "!" { return false }
                    if kind == "-" && ("0"..."9").contains(after) { return false }
                }
            }
            index += 1
        }
        return true
    }
}
