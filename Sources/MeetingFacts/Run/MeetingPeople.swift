/// Who is who for a run, decided once from every meeting note's names before any note is
/// analysed: the registry (`PeopleRegistry`) and the vault owner — configured, remembered, or
/// inferred when the config names nobody.
struct MeetingPeople {
    /// Everyone the run knows: the vault's people, the new ones, merged spellings.
    var registry: PeopleRegistry
    /// The vault owner: configured, or inferred from the notes when the config names nobody.
    var owner: String?
    /// What the run should tell the user about how it read the names.
    var notices: [String] = []

    /// `sightings`: every meeting note's names by path, read now or kept from an earlier run, as
    /// `--full` sees them. `rememberedOwner`: the owner an earlier run inferred, kept until the
    /// config names one. `excluded`: names never to be a person; `blocked`: merges the user undid.
    init(sightings byPath: [String: [NameSighting]], directory: PeopleDirectory, config: VaultConfig, rules: RuleSet,
         rememberedOwner: String?, excluded: [String] = [], blocked: [String: String] = [:]) {
        let sightings = byPath.keys.sorted().map { byPath[$0]! }
        owner = config.owner ?? rememberedOwner
        if owner == nil, let inferred = OwnerInference.owner(of: sightings) {
            owner = inferred.name
            notices.append("owner not set in \(VaultConfig.fileName): taking \(inferred.name), named in \(inferred.notes) of "
                           + "\(sightings.count) meetings (set `owner:` to choose)")
        }
        let ownerSpellings = owner.map { [$0] + config.ownerAliases } ?? []
        registry = PeopleRegistry(known: directory.people, owner: ownerSpellings, sightings: sightings.flatMap { $0 },
                                  rules: rules, excluded: excluded + config.notPeople, blocked: blocked)
    }
}
