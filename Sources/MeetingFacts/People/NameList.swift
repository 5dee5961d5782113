/// Names in order of first appearance, each once (spellings that fold to the same key are one).
struct NameList: Sendable {
    private(set) var names: [String] = []
    private var keys: Set<String> = []

    mutating func add(_ name: String) {
        if keys.insert(PersonNameKey.of(name)).inserted { names.append(name) }
    }

    func contains(_ name: String) -> Bool { keys.contains(PersonNameKey.of(name)) }
}
