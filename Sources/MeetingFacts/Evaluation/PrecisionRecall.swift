/// Precision, recall and F1 from match counts. Nothing predicted is a precision of 1 (nothing was
/// wrong); nothing to find is a recall of 1; F1 is 0 when both precision and recall are 0.
public struct PrecisionRecall: Sendable, Equatable, Codable {
    public var precision: Double
    public var recall: Double
    public var f1: Double

    public init(matches: Int, gold: Int, predicted: Int) {
        precision = predicted == 0 ? 1 : Double(matches) / Double(predicted)
        recall = gold == 0 ? 1 : Double(matches) / Double(gold)
        f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
}
