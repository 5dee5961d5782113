/// A shared named sub-pattern (`defines:` in a rule file, or a lexicon), called from any rule
/// as `(?&NAME)`, so one number grammar serves every unit family.
struct PatternDefinition: Sendable {
    var name: String
    var body: String
    /// Where the body's value starts, to point PCRE2 errors inside it at the file.
    var position: ScalarPosition?
    var location: SourceLocation
    var fileLines: [Substring]

    /// Names called as `(?&NAME)` in a pattern.
    static func references(in pattern: String) -> [(name: String, offset: Int)] {
        var found: [(String, Int)] = []
        let scalars = Array(pattern.unicodeScalars)
        var index = 0
        while index + 3 < scalars.count {
            if scalars[index] == "(", scalars[index + 1] == "?", scalars[index + 2] == "&",
               index == 0 || scalars[index - 1] != "\\" {
                var end = index + 3
                while end < scalars.count, scalars[end] == "_" || scalars[end].properties.isAlphabetic
                        || ("0"..."9").contains(scalars[end]) {
                    end += 1
                }
                if end < scalars.count, scalars[end] == ")" {
                    found.append((String(String.UnicodeScalarView(scalars[(index + 3)..<end])), index))
                }
                index = end
            } else {
                index += 1
            }
        }
        return found
    }
}
