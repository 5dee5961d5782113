/// A unified diff between two versions of one file, in the form `git apply` accepts: a
/// `diff --git` header, `/dev/null` for a new file, hunks with three lines of context, and the
/// "No newline at end of file" marker where it applies.
public struct UnifiedDiff: Sendable {
    public var path: String
    public var old: String?
    public var new: String
    public var context = 3
    /// The file is removed: `new` is empty and the header says so.
    public var deleted = false

    public init(path: String, old: String?, new: String) {
        self.path = path
        self.old = old
        self.new = new
    }

    /// The diff text; empty when nothing changed. `colored` adds ANSI colours for a terminal.
    public func render(colored: Bool = false) -> String {
        if old == new { return "" }
        let oldLines = UnifiedDiff.lines(old ?? "")
        let newLines = UnifiedDiff.lines(new)
        let paint = { (code: String, text: String) in colored ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        var output = paint("1", "diff --git a/\(path) b/\(path)") + "\n"
        if old == nil { output += paint("1", "new file mode 100644") + "\n" }
        if deleted { output += paint("1", "deleted file mode 100644") + "\n" }
        output += paint("1", old == nil ? "--- /dev/null" : "--- a/\(path)") + "\n"
        output += paint("1", deleted ? "+++ /dev/null" : "+++ b/\(path)") + "\n"
        // A last line without its newline differs from the same text with one.
        let operations = UnifiedDiff.editScript(oldLines.map { $0.hasNewline ? $0.text + "\n" : $0.text },
                                                newLines.map { $0.hasNewline ? $0.text + "\n" : $0.text })
        for hunk in hunks(operations) {
            let oldStart = hunk.oldCount == 0 ? hunk.oldStart : hunk.oldStart + 1
            let newStart = hunk.newCount == 0 ? hunk.newStart : hunk.newStart + 1
            output += paint("36", "@@ -\(oldStart),\(hunk.oldCount) +\(newStart),\(hunk.newCount) @@") + "\n"
            for operation in hunk.operations {
                switch operation {
                case let .keep(oldIndex, _):
                    output += " " + oldLines[oldIndex].text + "\n"
                    if !oldLines[oldIndex].hasNewline { output += "\\ No newline at end of file\n" }
                case let .delete(oldIndex):
                    output += paint("31", "-" + oldLines[oldIndex].text) + "\n"
                    if !oldLines[oldIndex].hasNewline { output += "\\ No newline at end of file\n" }
                case let .insert(newIndex):
                    output += paint("32", "+" + newLines[newIndex].text) + "\n"
                    if !newLines[newIndex].hasNewline { output += "\\ No newline at end of file\n" }
                }
            }
        }
        return output
    }

    enum Operation: Equatable {
        case keep(Int, Int)
        case delete(Int)
        case insert(Int)
    }

    struct Hunk {
        var oldStart: Int
        var newStart: Int
        var oldCount = 0
        var newCount = 0
        var operations: [Operation] = []
    }

    private static func lines(_ text: String) -> [(text: String, hasNewline: Bool)] {
        guard !text.isEmpty else { return [] }
        // Split on the newline scalar: as Characters, "\r\n" is one grapheme and would not split.
        var parts = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
        let endsWithNewline = parts.last == ""
        if endsWithNewline { parts.removeLast() }
        return parts.enumerated().map { index, line in (line, endsWithNewline || index < parts.count - 1) }
    }

    /// The shortest edit script (LCS over the lines between the common prefix and suffix).
    static func editScript(_ old: [String], _ new: [String]) -> [Operation] {
        var prefix = 0
        while prefix < old.count && prefix < new.count && old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix && suffix < new.count - prefix
                && old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        let oldMiddle = Array(old[prefix..<(old.count - suffix)])
        let newMiddle = Array(new[prefix..<(new.count - suffix)])
        var operations = (0..<prefix).map { Operation.keep($0, $0) }
        let n = oldMiddle.count, m = newMiddle.count
        if n * m > 4_000_000 {
            // Too large for the table: replace the middle wholesale (still a correct diff).
            operations += (0..<n).map { .delete(prefix + $0) } + (0..<m).map { .insert(prefix + $0) }
        } else {
            // Each distinct line as a number (equal lines, as strings compare, get the same one),
            // so the n × m comparisons compare numbers; the table is one array, row by row.
            var numbers: [String: Int] = [:]
            func number(_ line: String) -> Int {
                if let known = numbers[line] { return known }
                numbers[line] = numbers.count
                return numbers.count - 1
            }
            let oldIDs = oldMiddle.map(number)
            let newIDs = newMiddle.map(number)
            let width = m + 1
            var table = [Int](repeating: 0, count: (n + 1) * width)
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    table[i * width + j] = oldIDs[i] == newIDs[j] ? table[(i + 1) * width + j + 1] + 1
                        : max(table[(i + 1) * width + j], table[i * width + j + 1])
                }
            }
            var i = 0, j = 0
            while i < n || j < m {
                if i < n && j < m && oldIDs[i] == newIDs[j] {
                    operations.append(.keep(prefix + i, prefix + j)); i += 1; j += 1
                } else if i < n && (j == m || table[(i + 1) * width + j] >= table[i * width + j + 1]) {
                    // Deletions first, as diff(1) and git print them.
                    operations.append(.delete(prefix + i)); i += 1
                } else {
                    operations.append(.insert(prefix + j)); j += 1
                }
            }
        }
        operations += (0..<suffix).map { .keep(old.count - suffix + $0, new.count - suffix + $0) }
        return operations
    }

    /// Groups changes with `context` lines around them, merging hunks whose context touches.
    func hunks(_ operations: [Operation]) -> [Hunk] {
        let changed = operations.indices.filter { if case .keep = operations[$0] { return false } else { return true } }
        guard !changed.isEmpty else { return [] }
        var ranges: [ClosedRange<Int>] = []
        for index in changed {
            let low = max(0, index - context), high = min(operations.count - 1, index + context)
            if let last = ranges.last, low <= last.upperBound + 1 {
                ranges[ranges.count - 1] = last.lowerBound...max(last.upperBound, high)
            } else {
                ranges.append(low...high)
            }
        }
        return ranges.map { range in
            // Positions before the hunk: count old and new lines consumed by earlier operations.
            var oldLine = 0, newLine = 0
            for operation in operations[..<range.lowerBound] {
                switch operation {
                case .keep: oldLine += 1; newLine += 1
                case .delete: oldLine += 1
                case .insert: newLine += 1
                }
            }
            var hunk = Hunk(oldStart: oldLine, newStart: newLine)
            for operation in operations[range] {
                hunk.operations.append(operation)
                switch operation {
                case .keep: hunk.oldCount += 1; hunk.newCount += 1
                case .delete: hunk.oldCount += 1
                case .insert: hunk.newCount += 1
                }
            }
            return hunk
        }
    }
}
