extension Mention {
    /// The normalized value of a quantity, duration or date as one comparable string, nil for
    /// names and companies: two statements sharing one say the same thing however it is worded
    /// ("120 PB" and "120 petabytes"), which is how attribution and near-duplicate checks compare them.
    public var typedValue: String? {
        switch kind {
        case .quantity:
            return "q|\(self.unit ?? "")|\(self.value ?? -1)|\(self.low ?? -1)|\(self.high ?? -1)|\(self.item ?? "")"
        case .duration:
            return self.seconds.map { "t|\($0)" }
        case .date:
            guard let start = self.start else { return nil }
            return "d|\(start)|\(self.end ?? start)"
        default:
            return nil
        }
    }
}
