import Foundation

/// Everything a run loads before any note is read: the vault root, its config, the rule sources
/// and template. The rules are compiled only once some note needs reading, so a no-op run is a
/// walk, a stat per file and a comparison.
struct RunSetup {
    var root: String
    var config: VaultConfig
    var ruleSources: [RuleSource]
    var template: String?
    /// Changes when rules, template or config change: then every note is processed again.
    var fingerprint: String

    static func prepare(_ options: RunOptions) throws(RunFailure) -> RunSetup {
        let root = URL(fileURLWithPath: options.vault).resolvingSymlinksInPath().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .configuration("\(options.vault): error: not a folder")
        }
        let config: VaultConfig
        do {
            config = try VaultConfig.load(vaultRoot: URL(fileURLWithPath: root),
                                          override: options.configPath.map { URL(fileURLWithPath: $0) })
        } catch {
            throw .configuration(error.description)
        }
        var folders: [String] = []
        if let extra = config.rules { folders.append(extra.hasPrefix("/") ? extra : root + "/" + extra) }
        if let extra = options.rulesDirectory { folders.append(extra) }
        let sources: [RuleSource]
        do { sources = try RuleSet.sources(extraDirectories: folders) } catch { throw .configuration(error.description) }
        var template: String?
        if let templatePath = config.template {
            let full = templatePath.hasPrefix("/") ? templatePath : root + "/" + templatePath
            guard let data = FileManager.default.contents(atPath: full) else {
                throw .configuration("\(templatePath): error: template not found")
            }
            template = String(decoding: data, as: UTF8.self)
        }
        var fingerprint = ContentHash()
        for source in sources {
            fingerprint.update(source.relativePath)
            fingerprint.update(source.contents)
        }
        fingerprint.update(template ?? "")
        let configFile = options.configPath ?? root + "/" + VaultConfig.fileName
        fingerprint.update(FileManager.default.contents(atPath: configFile).map { String(decoding: $0, as: UTF8.self) } ?? "")
        return RunSetup(root: root, config: config, ruleSources: sources, template: template, fingerprint: fingerprint.description)
    }

    /// The notes named on the command line, vault-relative; each must exist inside the vault.
    func explicitNotes(_ notes: [String]) throws(RunFailure) -> Set<String> {
        var paths = Set<String>()
        for note in notes {
            let absolute = URL(fileURLWithPath: note.hasPrefix("/") ? note : FileManager.default.currentDirectoryPath + "/" + note)
                .resolvingSymlinksInPath().path
            let inVault = URL(fileURLWithPath: root + "/" + note).resolvingSymlinksInPath().path
            let candidate = FileManager.default.fileExists(atPath: absolute) ? absolute : inVault
            guard candidate.hasPrefix(root + "/"), FileManager.default.fileExists(atPath: candidate) else {
                throw .configuration("\(note): error: no such note in the vault")
            }
            paths.insert(String(candidate.dropFirst(root.count + 1)))
        }
        return paths
    }

    /// The rules compiled; a rule file with an error stops the run before any note is read.
    func compileRules() throws(RunFailure) -> RuleSet {
        let rules = RuleLoader().load(ruleSources)
        if let problem = rules.diagnostics.first(where: { $0.severity == .error }) {
            throw .configuration(problem.description)
        }
        return rules
    }
}
