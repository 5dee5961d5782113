/// The people a vault knows, one per person note: full name, aliases, email, company, role. The name
/// is the frontmatter `name` or `title`, else the one the note's path gives, else its H1, else
/// its file name. Email, company and role come from the frontmatter, else from the note's Contact
/// Information table (`| **Email** | … |`), whose placeholder `_Unknown_` means none.
public struct PeopleDirectory: Sendable {
    public var people: [KnownPerson]

    public init(people: [KnownPerson]) {
        self.people = people
    }

    public init(personNotes: [PersonNote]) {
        people = personNotes.map(PeopleDirectory.person)
    }

    /// The person whose name or one of whose aliases is `name` (case-insensitive).
    public func person(named name: String) -> KnownPerson? {
        let key = name.lowercased()
        return people.first { $0.name.lowercased() == key } ?? people.first { $0.aliases.contains { $0.lowercased() == key } }
    }

    static func person(from note: PersonNote) -> KnownPerson {
        let frontmatter = note.frontmatter
        let lines = NoteParser.lines(of: note.text).dropFirst(frontmatter.lineCount)
        let h1 = lines.lazy.compactMap { NoteLayout.heading(in: $0) }.first { $0.0 == 1 }?.1
        let fileName = String(note.path.split(separator: "/").last ?? "")
        let linkName = fileName.lowercased().hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName
        let name = (frontmatter.string("name") ?? frontmatter.string("title") ?? note.nameFromPath ?? h1 ?? linkName)
        let table = contactTable(in: lines)
        let aliases = (frontmatter.strings("aliases") + frontmatter.strings("alias")).compactMap(AttendeeName.normalized)
        let email = frontmatter.string("email") ?? table["email"].flatMap(known)
        let company = (frontmatter.string("company") ?? frontmatter.string("organization") ?? table["company"].flatMap(known))
            .flatMap(AttendeeName.normalized)
        let role = (frontmatter.string("role") ?? table["role"].flatMap(known)).flatMap(AttendeeName.normalized)
        return KnownPerson(name: name, aliases: aliases, email: email, company: company, notePath: note.path, role: role)
    }

    /// `| **Field** | Value |` rows, fields lowercased.
    private static func contactTable(in lines: ArraySlice<Substring>) -> [String: String] {
        var fields: [String: String] = [:]
        for line in lines where line.hasPrefix("|") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
            guard cells.count >= 3 else { continue }
            let field = cells[1].replacingAll("*", with: "").lowercased()
            if fields[field] == nil, !field.isEmpty { fields[field] = cells[2] }
        }
        return fields
    }

    /// A table value, unless it is a template placeholder such as `_Unknown_` or empty.
    private static func known(_ value: String) -> String? {
        let core = value.replacingAll("_", with: "").replacingAll("*", with: "").trimmingWhitespace()
        return core.isEmpty || core.lowercased() == "unknown" ? nil : value
    }
}

private extension String {
    func replacingAll(_ character: Character, with replacement: String) -> String {
        String(flatMap { $0 == character ? Array(replacement) : [$0] })
    }
}
