/// The step before person notes are planned: each variant note — one whose name the user wrote
/// into another note's `aliases:` — gives the lines runs wrote into it to the canonical note, keeps
/// what the user wrote, and goes when a run created it and nothing in it is the user's.
struct VariantNoteMerging {
    var staged: StagedChanges
    /// Hashes of the lines moved, by the canonical person: theirs now.
    var moved: [String: Set<String>] = [:]
    /// Variant notes staged for removal: path → the variant's name.
    var removals: [String: String] = [:]
    /// Variant notes that keep what the user wrote: what the run should say about each.
    var notices: [String] = []

    init(root: String, variants: [PeopleCorrections.Variant], merge: VariantNoteMerge, decisions: [PeopleDecision],
         generated: (String) -> Set<ContentHash>, values: (String) -> [String: WrittenValue]) {
        staged = StagedChanges(root: root)
        for variant in variants {
            guard let canonicalPath = variant.canonical.notePath, let variantText = staged.text(of: variant.note),
                  let canonicalText = staged.text(of: canonicalPath) else { continue }
            let created = decisions.contains { $0.kind == .noteCreated && $0.person == variant.note }
            let result = merge.merge(variant: variantText, generated: generated(variant.name), created: created,
                                     written: values(variant.name).values.map(\.value), into: canonicalText,
                                     canonicalWritten: generated(variant.canonical.name))
            if result.canonical != canonicalText { staged.stage(canonicalPath, result.canonical) }
            moved[variant.canonical.name, default: []].formUnion(result.moved.map { ContentHash($0).description })
            if let kept = result.variant {
                guard kept != variantText else { continue }
                staged.stage(variant.note, kept)
                notices.append("\(variant.note): '\(variant.name)' is an alias of \(variant.canonical.name): the lines runs wrote "
                               + "here moved to \(canonicalPath); what you wrote stays")
            } else {
                staged.remove(variant.note)
                removals[variant.note] = variant.name
            }
        }
    }

    /// What the run says of a variant note it removed.
    static func removalNotice(_ path: String, name: String, canonical: KnownPerson) -> String {
        "\(path): '\(name)' is an alias of \(canonical.name): its lines moved to \(canonical.notePath ?? "") and the note, "
            + "with nothing of yours in it, was removed"
    }
}
