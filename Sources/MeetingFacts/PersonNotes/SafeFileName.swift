/// Turns a person's name into a file name Obsidian and every common file system accept: the
/// characters Obsidian forbids (`* " \ / < > : | ? #`, `^ [ ]`) and control characters are
/// replaced, runs of dots collapse (no `..`), leading dots and separators go (no hidden file),
/// Windows device names (`CON`, `LPT1`) get a suffix, and the length is bounded.
public struct SafeFileName: Sendable {
    public static let forbidden: Set<Character> = ["*", "\"", "\\", "/", "<", ">", ":", "|", "?", "#", "^", "[", "]"]
    static let deviceNames: Set<String> = Set(["CON", "PRN", "AUX", "NUL"])
        .union((1...9).flatMap { ["COM\($0)", "LPT\($0)"] })

    public var replacement: String
    public var maxLength: Int

    public init(replacement: String = "-", maxLength: Int = 120) {
        // A replacement holding a forbidden character would undo the work.
        self.replacement = replacement.contains(where: { SafeFileName.forbidden.contains($0) || $0 == "." }) ? "-" : replacement
        self.maxLength = max(8, maxLength)
    }

    public init(settings: PersonNoteSettings) {
        self.init(replacement: settings.fileNameReplacement, maxLength: settings.fileNameMaxLength)
    }

    public func name(for person: String) -> String {
        var result = ""
        for character in person {
            if character.isWhitespace {
                if !result.hasSuffix(" ") { result += " " }
            } else if SafeFileName.forbidden.contains(character) || character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                if !result.hasSuffix(replacement) { result += replacement }
            } else if character == ".", result.hasSuffix(".") {
                continue
            } else {
                result.append(character)
            }
        }
        let edge: (Character) -> Bool = { $0 == "." || $0 == " " || self.replacement.contains($0) }
        result = String(result.drop(while: edge))
        result = String(String(result.reversed()).drop(while: { $0 == " " || $0 == "." }).reversed())
        if result.count > maxLength {
            result = String(result.prefix(maxLength))
            result = String(String(result.reversed()).drop(while: { $0 == " " || $0 == "." }).reversed())
        }
        if result.isEmpty { return "Unnamed" }
        let stem = result.split(separator: ".", maxSplits: 1).first.map { String($0).uppercased() } ?? ""
        if SafeFileName.deviceNames.contains(NoteBlock.trimmed(stem)) { result += "_" }
        return result
    }
}
