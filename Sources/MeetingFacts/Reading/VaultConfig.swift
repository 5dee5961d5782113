import Foundation
import Yams

/// `.meetingfacts.yml` at the vault root (or the file `--config` names): whose vault it is, where
/// meeting notes and person notes live, the person-note template, an extra rules folder, and how
/// to read `10/11`. Every key is optional.
public struct VaultConfig: Sendable, Equatable {
    public enum DateOrder: String, Sendable, Equatable {
        case us
        case dayFirst = "day-first"
    }

    public static let fileName = ".meetingfacts.yml"
    public static let defaultPeoplePattern = "People/{name}.md"

    /// The vault owner's full name.
    public var owner: String?
    /// Folders (globs) whose notes are meeting notes whatever their frontmatter says.
    public var meetings: [PathGlob]
    /// Where a person's note lives, `{name}` standing for the full name.
    public var people: String
    /// The person-note template, vault-relative.
    public var template: String?
    /// An extra rules folder, as `--rules` takes it.
    public var rules: String?
    public var dateOrder: DateOrder

    public init(owner: String? = nil, meetings: [String] = [], people: String = VaultConfig.defaultPeoplePattern,
                template: String? = nil, rules: String? = nil, dateOrder: DateOrder = .us) {
        self.owner = owner
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
        let value = node.map(FrontmatterValue.init) ?? .mapping([])
        guard case let .mapping(entries) = value else {
            throw ReadingProblem.unreadableConfig("expected a mapping of owner, meetings, people, template, rules, date_order").diagnostic(path: path, line: 1)
        }
        let known: Set<String> = ["owner", "meetings", "people", "template", "rules", "date_order"]
        if let unknown = entries.first(where: { !known.contains($0.key) }) {
            throw ReadingProblem.unreadableConfig("unknown key '\(unknown.key)'").diagnostic(path: path, line: VaultConfig.line(of: unknown.key, in: yaml))
        }
        let people = value["people"]?.scalarText ?? VaultConfig.defaultPeoplePattern
        guard people.contains("{name}") else {
            throw ReadingProblem.unreadableConfig("people must contain {name}, as in \(VaultConfig.defaultPeoplePattern)").diagnostic(path: path, line: VaultConfig.line(of: "people", in: yaml))
        }
        var order = DateOrder.us
        if let text = value["date_order"]?.scalarText {
            guard let parsed = DateOrder(rawValue: text) else {
                throw ReadingProblem.unreadableConfig("date_order is us or day-first, not '\(text)'").diagnostic(path: path, line: VaultConfig.line(of: "date_order", in: yaml))
            }
            order = parsed
        }
        self.init(owner: value["owner"]?.scalarText, meetings: Frontmatter.scalars(in: value["meetings"]), people: people,
                  template: value["template"]?.scalarText, rules: value["rules"]?.scalarText, dateOrder: order)
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

    private static func line(of key: String, in yaml: String) -> Int {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        return (lines.firstIndex { $0.hasPrefix(key + ":") } ?? 0) + 1
    }
}
