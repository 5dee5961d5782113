extension KnownPerson {
    /// What the vault owner adds to the known people of a run: nothing for a plain `owner:` name
    /// (the resolver knows the owner already), the owner with their other spellings when the config
    /// lists some (`owner: [Jason Vallery, Jason Valeri]`), so every spelling resolves to the owner.
    public static func ownerSpellings(in config: VaultConfig) -> [KnownPerson] {
        guard let owner = config.owner, !config.ownerAliases.isEmpty else { return [] }
        return [KnownPerson(name: owner, aliases: config.ownerAliases)]
    }
}
