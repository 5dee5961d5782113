extension AnchorDeriver {
    /// A recursive-descent reader of the PCRE2 syntax rule files use, producing `Summary`s.
    struct Reader {
        let scalars: [Unicode.Scalar]
        let deriver: AnchorDeriver
        let depth: Int
        var index = 0
        /// False once the reader met something it cannot read safely (then the caller drops it).
        var understood = true

        init(scalars: [Unicode.Scalar], deriver: AnchorDeriver, depth: Int) {
            self.scalars = scalars
            self.deriver = deriver
            self.depth = depth
        }

        var isComplete: Bool { understood && index >= scalars.count }

        private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
        private func peek(_ offset: Int) -> Unicode.Scalar? { index + offset < scalars.count ? scalars[index + offset] : nil }
        private func next(is text: String) -> Bool {
            var offset = 0
            for scalar in text.unicodeScalars {
                if peek(offset) != scalar { return false }
                offset += 1
            }
            return true
        }

        /// Branches separated by `|`, up to a `)` (left unread) or the end.
        mutating func alternation(caseless: Bool) -> Summary {
            var flags = caseless
            var branches: [Summary] = [sequence(caseless: &flags)]
            while current == "|" {
                index += 1
                branches.append(sequence(caseless: &flags))
            }
            return AnchorDeriver.alternatives(branches)
        }

        private mutating func sequence(caseless: inout Bool) -> Summary {
            var parts: [Summary] = []
            while let scalar = current, scalar != "|", scalar != ")" {
                var part = item(caseless: &caseless)
                part = quantified(part)
                parts.append(part)
            }
            return AnchorDeriver.sequence(parts, preferExact: deriver.preferExact)
        }

        private mutating func quantified(_ part: Summary) -> Summary {
            var low = 1, high: Int? = 1
            switch current {
            case "*": low = 0; high = nil; index += 1
            case "+": low = 1; high = nil; index += 1
            case "?": low = 0; high = 1; index += 1
            case "{":
                guard let (min, max, length) = braces() else { return part }
                low = min; high = max; index += length
            default: return part
            }
            if current == "+" || current == "?" { index += 1 }
            return AnchorDeriver.repeated(part, min: low, max: high)
        }

        /// `{n}`, `{n,}`, `{n,m}` at the reader: (min, max, characters), nil when it is a literal brace.
        private func braces() -> (Int, Int?, Int)? {
            var offset = 1
            var first = "", second = "", comma = false
            while let scalar = peek(offset), scalar != "}" {
                if scalar == "," { if comma { return nil }; comma = true }
                else if ("0"..."9").contains(scalar) { if comma { second.unicodeScalars.append(scalar) } else { first.unicodeScalars.append(scalar) } }
                else { return nil }
                offset += 1
            }
            guard peek(offset) == "}", let low = Int(first) else { return nil }
            let high: Int? = comma ? (second.isEmpty ? nil : Int(second)) : low
            return (low, high, offset + 1)
        }

        private mutating func item(caseless: inout Bool) -> Summary {
            guard let scalar = current else { return .empty }
            switch scalar {
            case "(": return group(caseless: &caseless)
            case "[":
                index += 1
                return AnchorDeriver.classSummary(classMembers(), caseless: caseless)
            case "\\": return escape(caseless: caseless)
            case ".":
                index += 1
                return Summary(minLength: 1, maxLength: 4, crossesLine: false, required: nil, literal: nil)
            case "^", "$":
                index += 1
                return zeroWidth
            default:
                index += 1
                return literal(scalar, caseless: caseless)
            }
        }

        private var zeroWidth: Summary { Summary(minLength: 0, maxLength: 0, crossesLine: false, required: nil, literal: nil) }

        private mutating func literal(_ scalar: Unicode.Scalar, caseless: Bool) -> Summary {
            if caseless && scalar.value >= 0x80 && scalar.properties.isAlphabetic {
                return Summary(minLength: 1, maxLength: 4, crossesLine: false, required: nil, literal: nil)
            }
            return AnchorDeriver.literalSummary(Array(String(scalar).utf8), caseless: caseless)
        }

        private mutating func unknown() -> Summary {
            understood = false
            return .unknown
        }

        /// Reads up to and including the `)` that closes a group whose body starts at the reader.
        private mutating func body(caseless: Bool) -> Summary {
            let summary = alternation(caseless: caseless)
            guard current == ")" else { return unknown() }
            index += 1
            return summary
        }

        private mutating func group(caseless: inout Bool) -> Summary {
            index += 1
            guard current == "?" else {
                if current == "*" { return unknown() }
                return body(caseless: caseless)
            }
            index += 1
            guard let kind = current else { return unknown() }
            switch kind {
            case ":", ">", "|":
                index += 1
                return body(caseless: caseless)
            case "=", "!":
                index += 1
                _ = body(caseless: caseless)
                return zeroWidth
            case "<" where peek(1) == "=" || peek(1) == "!":
                index += 2
                _ = body(caseless: caseless)
                return zeroWidth
            case "<", "'", "P" where peek(1) == "<":
                if kind == "P" { index += 1 }
                let close: Unicode.Scalar = current == "'" ? "'" : ">"
                while let scalar = current, scalar != close { index += 1 }
                index += 1
                return body(caseless: caseless)
            case "#":
                while let scalar = current, scalar != ")" { index += 1 }
                index += 1
                return zeroWidth
            case "&", "P" where peek(1) == ">":
                index += kind == "P" ? 2 : 1
                var name = ""
                while let scalar = current, scalar != ")" { name.unicodeScalars.append(scalar); index += 1 }
                index += 1
                return deriver.definitionSummary(name, depth: depth)
            case "(":
                return conditional(caseless: caseless)
            default:
                return flags(caseless: &caseless)
            }
        }

        /// `(?i)`, `(?-i:…)`, `(?^:…)`: only case folding matters here; extended mode is not read.
        private mutating func flags(caseless: inout Bool) -> Summary {
            var value = caseless
            var on = true
            while let scalar = current, scalar != ")" && scalar != ":" {
                switch scalar {
                case "i": value = on
                case "-": on = false
                case "^": value = false
                case "m", "s", "n", "U", "J": break
                default: return unknown()
                }
                index += 1
            }
            guard let end = current else { return unknown() }
            index += 1
            if end == ")" {
                caseless = value
                return zeroWidth
            }
            return body(caseless: value)
        }

        /// `(?(name)yes|no)`, `(?(?=…)yes|no)`, `(?(DEFINE)…)`.
        private mutating func conditional(caseless: Bool) -> Summary {
            index += 1
            var condition = ""
            if current == "?" {
                index -= 1
                var ignored = caseless
                _ = group(caseless: &ignored)
            } else {
                while let scalar = current, scalar != ")" { condition.unicodeScalars.append(scalar); index += 1 }
                index += 1
            }
            var flags = caseless
            var branches: [Summary] = [sequence(caseless: &flags)]
            while current == "|" {
                index += 1
                branches.append(sequence(caseless: &flags))
            }
            guard current == ")" else { return unknown() }
            index += 1
            if condition == "DEFINE" { return zeroWidth }
            if branches.count == 1 { branches.append(.empty) }
            return AnchorDeriver.alternatives(branches)
        }

        private mutating func escape(caseless: Bool) -> Summary {
            index += 1
            guard let scalar = current else { return unknown() }
            index += 1
            switch scalar {
            case "Q":
                var bytes: [UInt8] = []
                while current != nil && !next(is: "\\E") { bytes += Array(String(current!).utf8); index += 1 }
                if current != nil { index += 2 }
                return bytes.isEmpty ? .empty : AnchorDeriver.literalSummary(bytes, caseless: caseless)
            case "b", "B", "A", "z", "Z", "G", "K":
                return zeroWidth
            case "d", "w", "h", "S", "N", "V":
                return Summary(minLength: 1, maxLength: 4, crossesLine: false, required: nil, literal: nil)
            case "s", "v", "D", "W", "H", "X":
                return Summary(minLength: 1, maxLength: scalar == "X" ? nil : 4, crossesLine: true, required: nil, literal: nil)
            case "R":
                return Summary(minLength: 1, maxLength: 3, crossesLine: true, required: nil, literal: nil)
            case "p", "P":
                skipProperty()
                return Summary(minLength: 1, maxLength: 4, crossesLine: scalar == "P", required: nil, literal: nil)
            case "1"..."9", "g", "k":
                return unknown()
            default:
                guard let value = escapedScalar(scalar) else { return unknown() }
                return literal(value, caseless: caseless)
            }
        }

        private mutating func skipProperty() {
            if current == "{" {
                while let scalar = current, scalar != "}" { index += 1 }
                index += 1
            } else {
                index += 1
            }
        }

        /// The code point an escape such as `\x{2010}`, `\n` or `\.` stands for (the escape's letter already read).
        private mutating func escapedScalar(_ letter: Unicode.Scalar) -> Unicode.Scalar? {
            switch letter {
            case "n": return "\n"
            case "t": return "\t"
            case "r": return "\r"
            case "f": return "\u{0C}"
            case "e": return "\u{1B}"
            case "a": return "\u{07}"
            case "x":
                var hex = ""
                if current == "{" {
                    index += 1
                    while let scalar = current, scalar != "}" { hex.unicodeScalars.append(scalar); index += 1 }
                    index += 1
                } else {
                    while hex.count < 2, let scalar = current, scalar.properties.isASCIIHexDigit { hex.unicodeScalars.append(scalar); index += 1 }
                }
                return UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init)
            default:
                if letter.properties.isAlphabetic || ("0"..."9").contains(letter) { return nil }
                return letter
            }
        }

        /// The members of a `[…]` class (the `[` already read), through its `]`.
        private mutating func classMembers() -> ClassMembers {
            var members = ClassMembers()
            if current == "^" { members.negated = true; index += 1 }
            var first = true
            while let scalar = current, scalar != "]" || first {
                first = false
                var low: UInt32
                if scalar == "[" && peek(1) == ":" {
                    while let inner = current, inner != "]" { index += 1 }
                    index += 1
                    members.hasOpenSets = true
                    continue
                }
                if scalar == "\\" {
                    index += 1
                    guard let letter = current else { understood = false; return members }
                    index += 1
                    switch letter {
                    case "d", "w", "h", "S", "N", "V", "D", "W", "H", "p", "P", "s", "v", "R":
                        if letter == "p" || letter == "P" { skipProperty() }
                        members.hasOpenSets = true
                        if "sDWHPvR".unicodeScalars.contains(letter) { members.matchesLineBreaks = true }
                        continue
                    case "b": low = 0x08
                    default:
                        guard let value = escapedScalar(letter) else { understood = false; return members }
                        low = value.value
                    }
                } else {
                    low = scalar.value
                    index += 1
                }
                if current == "-", let after = peek(1), after != "]" {
                    index += 1
                    var high: UInt32
                    if after == "\\" {
                        index += 1
                        guard let letter = current else { understood = false; return members }
                        index += 1
                        guard let value = escapedScalar(letter) else { understood = false; return members }
                        high = value.value
                    } else {
                        high = after.value
                        index += 1
                    }
                    if high < low { understood = false; return members }
                    if high - low > 128 {
                        members.hasOpenSets = true
                        if low <= 0x0A && high >= 0x0A { members.matchesLineBreaks = true }
                        continue
                    }
                    members.scalars += Array(low...high)
                } else {
                    members.scalars.append(low)
                }
            }
            index += 1
            return members
        }
    }
}
