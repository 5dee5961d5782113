extension Mention {
    /// The normalized value of a quantity, duration or date as one comparable string, nil for
    /// names and companies: two statements sharing one say the same thing however it is worded
    /// ("120 PB" and "120 petabytes"), which is how attribution and near-duplicate checks compare them.
    public var typedValue: String? {
        switch kind {
        case .quantity:
            return "q|\(unit ?? "")|\(value ?? -1)|\(low ?? -1)|\(high ?? -1)|\(item ?? "")"
        case .duration:
            return seconds.map { "t|\($0)" }
        case .date:
            guard let start else { return nil }
            return "d|\(start)|\(end ?? start)"
        default:
            return nil
        }
    }
}
