import Foundation

/// Every `--json` of the command line: one document, keys in snake_case, sorted, pretty-printed.
/// The `extract` contract's keys are single lowercase words, so the key style leaves them as they are.
enum JSONOutput {
    static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
