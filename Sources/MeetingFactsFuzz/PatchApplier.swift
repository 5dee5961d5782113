/// Applies a one-file unified diff the way `git apply` does — hunks with their line counts,
/// context checked, the "\ No newline at end of file" marker — so the diff target can check that
/// a rendered diff gives back the new text. Nil when the diff does not apply.
enum PatchApplier {
    static func apply(_ diff: String, to old: String) -> String? {
        if diff.isEmpty { return old }
        let source = lines(old)
        var output: [String] = []
        var position = 0
        let patch = lines(diff, keepingEnds: false)
        var index = patch.firstIndex { $0.hasPrefix("@@") } ?? patch.count
        while index < patch.count {
            guard let header = hunkHeader(patch[index]) else { return nil }
            let start = header.oldCount == 0 ? header.oldStart : header.oldStart - 1
            guard start >= position, start <= source.count else { return nil }
            output += source[position..<start]
            position = start
            index += 1
            while index < patch.count, !patch[index].hasPrefix("@@") {
                let line = patch[index]
                // By bytes: a combining mark after the marker would join it in one Character.
                var text = String(decoding: line.utf8.dropFirst(), as: UTF8.self)
                let noNewline = index + 1 < patch.count && patch[index + 1].hasPrefix("\\ ")
                if !noNewline { text += "\n" }
                switch line.utf8.first {
                case UInt8(ascii: " "):
                    guard position < source.count, source[position] == text else { return nil }
                    output.append(text)
                    position += 1
                case UInt8(ascii: "-"):
                    guard position < source.count, source[position] == text else { return nil }
                    position += 1
                case UInt8(ascii: "+"):
                    output.append(text)
                default:
                    return nil
                }
                index += noNewline ? 2 : 1
            }
        }
        output += source[position...]
        return output.joined()
    }

    /// Lines split at "\n" bytes, the "\n" kept or not (the last line may lack it); a "\r" stays
    /// part of its line. Bytes, not Characters: Swift reads "\r\n" as one Character.
    static func lines(_ text: String, keepingEnds: Bool = true) -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            if byte == 0x0A {
                if keepingEnds { current.append(byte) }
                result.append(String(decoding: current, as: UTF8.self))
                current = []
            } else {
                current.append(byte)
            }
        }
        if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
        return result
    }

    private static func hunkHeader(_ line: String) -> (oldStart: Int, oldCount: Int)? {
        let parts = line.split(separator: " ")
        guard parts.count >= 3, parts[1].hasPrefix("-") else { return nil }
        let numbers = parts[1].dropFirst().split(separator: ",")
        guard let start = Int(numbers[0]) else { return nil }
        return (start, numbers.count > 1 ? Int(numbers[1]) ?? 1 : 1)
    }
}
