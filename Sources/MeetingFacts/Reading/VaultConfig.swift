import Foundation
import Yams

/// `.meetingfacts.yml` at the vault root (or the file `--config` names): whose vault it is, where
/// meeting notes and person notes live, the person-note template, an extra rules folder, and how
/// to read `10/11`. Every key is optional; an unknown key, or a value of the wrong type, is an
/// error at its line that shows the form expected.
public struct VaultConfig: Sendable, Equatable {
    public enum DateOrder: String, Sendable, Equatable {
        case us
        case dayFirst = "day-first"
    }

    public static let fileName = ".meetingfacts.yml"
    public static let defaultPeoplePattern = "People/{name}.md"

    /// The vault owner's full name.
    public var owner: String?
    /// Other spellings of the owner's name (`owner: [Jason Vallery, Jason Valeri]`): they resolve to the
    /// owner, who gets no person note under any of them.
    public var ownerAliases: [String]
    /// Folders (globs) whose notes are meeting notes whatever their frontmatter says.
    public var meetings: [PathGlob]
    /// Where a person's note lives, `{name}` standing for the full name.
    public var people: String
    /// The person-note template, vault-relative.
    public var template: String?
    /// An extra rules folder, as `--rules` takes it.
    public var rules: String?
    public var dateOrder: DateOrder
    /// Names that are never a person here, whatever the notes suggest (`not_people: [Data Platform]`).
    public var notPeople: [String]

    public init(owner: String? = nil, ownerAliases: [String] = [], meetings: [String] = [],
                people: String = VaultConfig.defaultPeoplePattern, template: String? = nil, rules: String? = nil,
                dateOrder: DateOrder = .us, notPeople: [String] = []) {
        self.notPeople = notPeople
        self.owner = owner
        self.ownerAliases = ownerAliases
        self.meetings = meetings.map(PathGlob.init)
        self.people = people
        self.template = template
        self.rules = rules
        self.dateOrder = dateOrder
    }

    /// Parses a config file's text; a problem is reported at its line in `path`.
    public init(yaml: String, path: String) throws(Diagnostic) {
        if let use = YAMLAnchorFinder.firstUse(in: yaml) {
            throw ReadingProblem.unreadableConfig("YAML \(use.written): anchors and aliases are not supported in the config")
                .diagnostic(path: path, line: use.line)
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            throw ReadingProblem.unreadableConfig("not valid YAML").diagnostic(path: path, line: 1)
        }
        func problem(_ detail: String, at node: Node?) -> Diagnostic {
            ReadingProblem.unreadableConfig(detail).diagnostic(path: path, line: node?.mark?.line ?? 1)
        }
        guard let node, !VaultConfig.isNull(node) else {
            self.init()
            return
        }
        guard let mapping = node.mapping else {
            throw problem("expected a mapping of keys (\(VaultConfig.keys.map(\.name).joined(separator: ", "))), as in `owner: Jason Vallery`", at: node)
        }
        var values: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            let name = key.scalar?.string ?? ""
            guard let known = VaultConfig.keys.first(where: { $0.name == name }) else {
                let hint = VaultConfig.keys.first { VaultConfig.looselyEqual($0.name, name) }.map { "did you mean '\($0.name)'? " } ?? ""
                throw problem("unknown key '\(name)'; \(hint)the keys are \(VaultConfig.keys.map(\.name).joined(separator: ", "))", at: key)
            }
            // `owner:` with nothing after it is the same as no owner line.
            if VaultConfig.isNull(value) { continue }
            guard known.allowsList ? VaultConfig.isScalarOrListOfScalars(value) : value.scalar != nil else {
                throw problem("\(name) must be \(known.form); found \(VaultConfig.describe(value))", at: value)
            }
            values[name] = (key, value)
        }
        let owners = values["owner"].map { VaultConfig.strings(in: $0.value) } ?? []
        if let owner = values["owner"], owners.isEmpty { throw problem("owner must be \(VaultConfig.form(of: "owner")); found an empty list", at: owner.value) }
        let people = values["people"]?.value.scalar?.string ?? VaultConfig.defaultPeoplePattern
        guard people.contains("{name}") else {
            throw problem("people must be \(VaultConfig.form(of: "people")); found '\(people)'", at: values["people"]?.value)
        }
        var order = DateOrder.us
        if let text = values["date_order"]?.value.scalar?.string {
            guard let parsed = DateOrder(rawValue: text) else {
                throw problem("date_order must be \(VaultConfig.form(of: "date_order")); found '\(text)'", at: values["date_order"]?.value)
            }
            order = parsed
        }
        self.init(owner: owners.first, ownerAliases: Array(owners.dropFirst()),
                  meetings: values["meetings"].map { VaultConfig.strings(in: $0.value) } ?? [], people: people,
                  template: values["template"]?.value.scalar?.string, rules: values["rules"]?.value.scalar?.string, dateOrder: order,
                  notPeople: values["not_people"].map { VaultConfig.strings(in: $0.value) } ?? [])
    }

    /// The keys a config may hold, each with the form its value takes (shown when a value is wrong).
    private static let keys: [(name: String, allowsList: Bool, form: String)] = [
        ("owner", true, "the owner's full name, or a list of it and other spellings, as in `owner: [Jason Vallery, Jason Valeri]`"),
        ("meetings", true, "a folder glob or a list of them, as in `meetings: [\"Meetings/**\", Calls]`"),
        ("people", false, "a path with {name}, as in `people: People/{name}.md`"),
        ("template", false, "a vault-relative path, as in `template: Templates/Person.md`"),
        ("rules", false, "a rules folder, as in `rules: my-rules`"),
        ("date_order", false, "us or day-first, as in `date_order: day-first`"),
        ("not_people", true, "a name or a list of names that are never a person, as in `not_people: [Data Platform, Ultra Disk]`"),
    ]

    /// Two spellings of one key: case, `-`/`_`/space and a plural `s` aside (`meeting`, `Date-Order`).
    private static func looselyEqual(_ left: String, _ right: String) -> Bool {
        func folded(_ key: String) -> String {
            var text = key.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " }
            if text.hasSuffix("s") { text.removeLast() }
            return text
        }
        return folded(left) == folded(right)
    }

    private static func form(of key: String) -> String { keys.first { $0.name == key }?.form ?? "" }

    private static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private static func isScalarOrListOfScalars(_ node: Node) -> Bool {
        if node.scalar != nil { return true }
        guard let sequence = node.sequence else { return false }
        return sequence.allSatisfy { $0.scalar != nil }
    }

    /// A scalar's text as a one-element list, a list's texts; empty strings left out.
    private static func strings(in node: Node) -> [String] {
        let scalars = node.scalar.map { [$0] } ?? node.sequence?.compactMap(\.scalar) ?? []
        return scalars.map { $0.string.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case let .scalar(scalar): return "'\(scalar.string)'"
        }
    }

    /// The config for a vault: `override` when given, else the vault's `.meetingfacts.yml`, else defaults.
    public static func load(vaultRoot: URL?, override: URL? = nil) throws(Diagnostic) -> VaultConfig {
        let url = override ?? vaultRoot?.appendingPathComponent(fileName)
        guard let url else { return VaultConfig() }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            if override != nil { throw ReadingProblem.unreadable("no such config file").diagnostic(path: url.path, line: 1) }
            return VaultConfig()
        }
        return try VaultConfig(yaml: String(decoding: data, as: UTF8.self), path: url.path)
    }

    /// The person a vault-relative path is the note of, by the `people` pattern; nil otherwise.
    public func personName(forPath path: String) -> String? {
        let parts = people.components(separatedBy: "{name}")
        guard parts.count == 2, path.hasPrefix(parts[0]), path.hasSuffix(parts[1]),
              path.count > parts[0].count + parts[1].count else { return nil }
        let name = path.dropFirst(parts[0].count).dropLast(parts[1].count)
        return name.contains("/") ? nil : String(name)
    }

    /// Where the note of `name` lives, vault-relative.
    public func personNotePath(for name: String) -> String {
        people.replacingOccurrences(of: "{name}", with: name)
    }

    /// The folder holding person notes: the pattern's part before `{name}`.
    public var peopleFolder: String {
        String(people.components(separatedBy: "{name}")[0].split(separator: "/").joined(separator: "/"))
    }

    public func isMeetingPath(_ path: String) -> Bool {
        meetings.contains { $0.matches(path) }
    }
}
