/// A type holding a mention's normalized values (`Mention`, `GoldMention`): each value reads and
/// writes as a member of its own (`mention.unit`), the list of them kept once in `MentionValues`.
@dynamicMemberLookup
public protocol MentionValuesHolder {
    var normalized: MentionValues { get set }
}

extension MentionValuesHolder {
    public subscript<Value>(dynamicMember key: WritableKeyPath<MentionValues, Value>) -> Value {
        get { normalized[keyPath: key] }
        set { normalized[keyPath: key] = newValue }
    }
}
