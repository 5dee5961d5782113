import Yams

/// Maps a character offset inside a YAML scalar's value back to line and column in its file,
/// so a PCRE2 error offset in a pattern points at the character in the rule file.
///
/// Handles plain, single-quoted, double-quoted, literal (`|`) and folded (`>`) scalars.
struct ScalarPosition: Sendable {
    let line: Int
    let column: Int
    let style: Style

    /// YAML's scalar styles, as far as positions differ between them.
    enum Style: Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    init(_ scalar: Node.Scalar) {
        line = scalar.mark?.line ?? 0
        column = scalar.mark?.column ?? 0
        switch scalar.style {
        case .singleQuoted: style = .singleQuoted
        case .doubleQuoted: style = .doubleQuoted
        case .literal: style = .literal
        case .folded: style = .folded
        default: style = .plain
        }
    }

    /// Line and column (1-based, in Unicode scalars) of value character `offset` in `fileLines`.
    func location(ofValueOffset offset: Int, in fileLines: [Substring]) -> (line: Int, column: Int) {
        guard line > 0, line <= fileLines.count else { return (line, column) }
        switch style {
        case .literal, .folded:
            return blockLocation(offset, fileLines)
        case .singleQuoted, .doubleQuoted:
            return quotedLocation(offset, fileLines)
        default:
            return flowLocation(offset, fileLines, startColumn: column)
        }
    }

    private func flowLocation(_ offset: Int, _ lines: [Substring], startColumn: Int) -> (line: Int, column: Int) {
        (line, startColumn + offset)
    }

    /// Walks the raw text after the opening quote, counting value characters as YAML unescapes them.
    private func quotedLocation(_ offset: Int, _ lines: [Substring]) -> (line: Int, column: Int) {
        let quote: Unicode.Scalar = style == .singleQuoted ? "'" : "\""
        var currentLine = line
        var scalars = Array(lines[line - 1].unicodeScalars)
        var index = column  // 0-based index of the first character after the quote
        var remaining = offset
        while true {
            if index >= scalars.count {
                // A folded line break: the next line's leading spaces are not part of the value.
                guard currentLine < lines.count else { return (currentLine, index + 1) }
                currentLine += 1
                scalars = Array(lines[currentLine - 1].unicodeScalars)
                index = scalars.firstIndex { $0 != " " && $0 != "\t" } ?? 0
                remaining -= 1
                if remaining < 0 { return (currentLine, index + 1) }
                continue
            }
            if remaining == 0 { return (currentLine, index + 1) }
            let character = scalars[index]
            if style == .singleQuoted && character == quote && index + 1 < scalars.count && scalars[index + 1] == quote {
                index += 2
            } else if style == .doubleQuoted && character == "\\" {
                index += escapeLength(scalars, at: index)
            } else {
                index += 1
            }
            remaining -= 1
        }
    }

    private func escapeLength(_ scalars: [Unicode.Scalar], at index: Int) -> Int {
        guard index + 1 < scalars.count else { return 1 }
        switch scalars[index + 1] {
        case "x": return 4
        case "u": return 6
        case "U": return 10
        default: return 2
        }
    }

    /// Block scalars start on the next line; each content line loses the block's indentation.
    private func blockLocation(_ offset: Int, _ lines: [Substring]) -> (line: Int, column: Int) {
        var currentLine = line + 1
        var indentation: Int?
        var remaining = offset
        while currentLine <= lines.count {
            let text = Array(lines[currentLine - 1].unicodeScalars)
            let isBlank = text.allSatisfy { $0 == " " || $0 == "\t" }
            if indentation == nil && !isBlank {
                indentation = text.firstIndex { $0 != " " } ?? 0
            }
            let indent = indentation ?? 0
            let contentLength = max(0, text.count - indent)
            if remaining <= contentLength || currentLine == lines.count {
                return (currentLine, indent + remaining + 1)
            }
            remaining -= contentLength + 1
            currentLine += 1
        }
        return (line, column)
    }
}
