/// One match of a pattern: byte ranges into the subject, by group number, plus the last `(*MARK)`.
public struct Match: Sendable, Equatable {
    /// The whole match as UTF-8 byte offsets into the subject.
    public let range: Range<Int>
    /// Group ranges by group number (index 0 is the whole match); nil for a group that did not take part.
    public let groups: [Range<Int>?]
    /// The name given by the last `(*MARK:name)` passed on the matching path, if any.
    public let mark: String?
    let names: [String: Int]

    /// A match built by code rather than by a pattern (a tokenizer standing in for a rule's
    /// pattern): the whole `range`, and the named groups that took part, numbered in `names` order.
    public init(range: Range<Int>, named: KeyValuePairs<String, Range<Int>?> = [:]) {
        var groups: [Range<Int>?] = [range]
        var names: [String: Int] = [:]
        for (name, group) in named {
            names[name] = groups.count
            groups.append(group)
        }
        self.init(groups: groups, mark: nil, names: names)
    }

    init(groups: [Range<Int>?], mark: String?, names: [String: Int]) {
        self.range = groups[0] ?? 0..<0
        self.groups = groups
        self.mark = mark
        self.names = names
    }

    /// The byte range of a named group, nil when the group did not take part in this match.
    public func range(named name: String) -> Range<Int>? {
        guard let number = names[name], number < groups.count else { return nil }
        return groups[number]
    }

    /// Names of the groups that took part in this match.
    public var participatingNames: [String] {
        names.compactMap { name, number in number < groups.count && groups[number] != nil ? name : nil }.sorted()
    }
}
