import PCRE2
import Yams

/// Reads rule files (YAML) into a compiled `RuleSet`.
///
/// A rule file holds any of: `kind` (default kind of its rules), `date` (default meeting date of its
/// examples), `defines` (shared sub-patterns), `lexicons` (word lists), `settings`, and `rules`.
/// Every problem becomes a diagnostic at `path:line:col`, PCRE2 offsets mapped into the YAML.
public struct RuleLoader {
    public init() {}

    private struct ParsedRule {
        var id: String
        var kind: String
        var pattern: String
        var patternPosition: ScalarPosition?
        var priority: Int
        var produces: [String: ExampleValue]
        var examples: [RuleExample]
        var location: SourceLocation
        var fileLines: [Substring]
        var trigger: ParsedTrigger?
        var tokenizer: RuleTokenizer?
        /// `anchor:` as written: nil (derive one), `none`, or a pattern with its reach.
        var anchor: ParsedAnchor?
    }

    /// An `anchor:` as written.
    private enum ParsedAnchor {
        /// `anchor: none`: the rule is always scanned whole.
        case scanWhole(SourceLocation)
        /// `anchor: {pattern: '…', before: N}`: what every match contains, and at most how many
        /// bytes before it a match starts (omitted: the start of the line).
        case pattern(String, before: Int?, location: SourceLocation)
    }

    /// A `trigger:` as written: a pattern with the window around its matches.
    private struct ParsedTrigger {
        var pattern: String
        var position: ScalarPosition?
        var before: Int
        var after: Int
        var location: SourceLocation
        var fileLines: [Substring]
    }

    public func load(_ sources: [RuleSource]) -> RuleSet {
        var diagnostics: [Diagnostic] = []
        var parsedRules: [ParsedRule] = []
        var definitions: [String: PatternDefinition] = [:]
        var lexicons: [String: Lexicon] = [:]
        var settings: [String: ExampleValue] = [:]
        var files: [String: String] = [:]
        var hash = ContentHash()

        for source in sources {
            hash.update(source.relativePath)
            hash.update(source.contents)
            guard source.relativePath.hasSuffix(".yml") || source.relativePath.hasSuffix(".yaml") else {
                files[source.relativePath] = source.contents
                continue
            }
            parseFile(source, rules: &parsedRules, definitions: &definitions, lexicons: &lexicons,
                      settings: &settings, diagnostics: &diagnostics)
        }
        for lexicon in lexicons.values where definitions[lexicon.name] == nil {
            definitions[lexicon.name] = PatternDefinition(
                name: lexicon.name, body: lexicon.patternBody, position: nil, location: lexicon.location, fileLines: [])
        }

        let deriver = AnchorDeriver(definitions: definitions.mapValues(\.body))
        let authoredDeriver = AnchorDeriver(definitions: definitions.mapValues(\.body), preferExact: false)
        let inliner = PatternInliner(definitions: definitions.mapValues(\.body))
        var rules: [Rule] = []
        var triggers: [String: RuleTrigger] = [:]
        var seen: [String: SourceLocation] = [:]
        for parsed in parsedRules {
            if let first = seen[parsed.id] {
                diagnostics.append(Diagnostic(at: parsed.location, rule: parsed.id, "duplicate rule id (first at \(first))"))
                continue
            }
            seen[parsed.id] = parsed.location
            if var rule = compile(parsed, definitions: definitions, inliner: inliner, diagnostics: &diagnostics) {
                if let trigger = parsed.trigger {
                    rule.trigger = compileTrigger(trigger, for: parsed, definitions: definitions, cache: &triggers,
                                                  diagnostics: &diagnostics)
                    if rule.trigger == nil { continue }
                }
                chooseAnchor(for: &rule, parsed: parsed, deriver: deriver, authoredDeriver: authoredDeriver, diagnostics: &diagnostics)
                rules.append(rule)
            }
        }
        return RuleSet(rules: rules, lexicons: lexicons, settings: settings, files: files,
                       diagnostics: diagnostics, contentHash: hash)
    }

    // MARK: - Compiling

    private func compile(_ parsed: ParsedRule, definitions: [String: PatternDefinition], inliner: PatternInliner? = nil,
                         diagnostics: inout [Diagnostic]) -> Rule? {
        // Collect the definitions the pattern calls, transitively, reporting unknown names where they stand.
        var needed: [String] = []
        var queue: [(name: String, offset: Int, from: PatternDefinition?)] =
            PatternDefinition.references(in: parsed.pattern).map { ($0.name, $0.offset, nil) }
        var failed = false
        while !queue.isEmpty {
            let (name, offset, from) = queue.removeFirst()
            if needed.contains(name) { continue }
            guard let definition = definitions[name] else {
                let location = from.map { locate($0, offset: offset) } ?? locate(parsed, scalarOffset: offset)
                diagnostics.append(Diagnostic(at: location, rule: parsed.id, "unknown shared pattern '\(name)'"))
                failed = true
                continue
            }
            needed.append(name)
            queue += PatternDefinition.references(in: definition.body).map { ($0.name, $0.offset, definition) }
        }
        if failed { return nil }

        var combined = parsed.pattern
        var defineBlock = ""
        var segments: [(start: Int, definition: PatternDefinition)] = []
        if !needed.isEmpty {
            defineBlock += "(?(DEFINE)"
            for name in needed {
                let definition = definitions[name]!
                defineBlock += "(?<\(name)>"
                segments.append((parsed.pattern.utf8.count + defineBlock.utf8.count, definition))
                defineBlock += definition.body + ")"
            }
            defineBlock += ")"
        }
        combined += defineBlock
        do {
            let pattern = try Pattern(combined, name: parsed.id, options: .useOffsetLimit)
            var confirmPattern = pattern
            if let written = inliner?.inline(parsed.pattern), written != parsed.pattern {
                // Written out, the pattern must compile too; when it does not, the call form serves.
                confirmPattern = (try? Pattern(written + defineBlock, name: parsed.id, options: .useOffsetLimit)) ?? pattern
            }
            return Rule(id: parsed.id, kind: MentionKind(rawValue: parsed.kind) ?? .ignore, patternSource: parsed.pattern, pattern: pattern,
                        confirmPattern: confirmPattern,
                        priority: parsed.priority, produces: parsed.produces, examples: parsed.examples,
                        location: parsed.location, trigger: nil, tokenizer: parsed.tokenizer)
        } catch {
            guard case let .compile(_, message, byteOffset) = error else { return nil }
            var location = parsed.location
            let ruleBytes = parsed.pattern.utf8.count
            let unbalanced = message == "missing closing parenthesis" || message.hasPrefix("missing terminating ]")
            let unbalancedDefinition = segments.lazy.compactMap { segment in
                RuleLoader.unbalancedOpening(in: segment.definition.body).map { (segment.definition, $0) }
            }.first
            if unbalanced, let open = RuleLoader.unbalancedOpening(in: parsed.pattern) {
                location = locate(parsed, scalarOffset: open)
            } else if unbalanced, let (definition, open) = unbalancedDefinition {
                location = locate(definition, offset: open)
            } else if byteOffset <= ruleBytes || segments.isEmpty || byteOffset >= combined.utf8.count {
                location = locate(parsed, scalarOffset: scalarOffset(of: min(byteOffset, ruleBytes), in: parsed.pattern))
            } else if let segment = segments.last(where: { $0.start <= byteOffset }) {
                let inside = min(byteOffset - segment.start, segment.definition.body.utf8.count)
                location = locate(segment.definition, offset: scalarOffset(of: inside, in: segment.definition.body))
            }
            diagnostics.append(Diagnostic(at: location, rule: parsed.id, message))
            return nil
        }
    }

    /// A trigger compiled like a rule pattern (it may call shared patterns); one per distinct text.
    private func compileTrigger(_ trigger: ParsedTrigger, for rule: ParsedRule, definitions: [String: PatternDefinition],
                                cache: inout [String: RuleTrigger], diagnostics: inout [Diagnostic]) -> RuleTrigger? {
        let key = "\(trigger.before):\(trigger.after):\(trigger.pattern)"
        if let known = cache[key] { return known }
        let asRule = ParsedRule(id: rule.id + ".trigger", kind: "trigger", pattern: trigger.pattern, patternPosition: trigger.position,
                                priority: 0, produces: [:], examples: [], location: trigger.location, fileLines: trigger.fileLines)
        guard let compiled = compile(asRule, definitions: definitions, diagnostics: &diagnostics) else { return nil }
        let result = RuleTrigger(key: key, pattern: compiled.pattern, before: trigger.before, after: trigger.after)
        cache[key] = result
        return result
    }

    /// The anchor the rule runs with: the author's (`anchor:`); else the one derived from the
    /// pattern when it bounds the window exactly and is no commoner than the rule's trigger; else
    /// the trigger read as an anchor; else the derived one with the default reach; else none.
    private func chooseAnchor(for rule: inout Rule, parsed: ParsedRule, deriver: AnchorDeriver, authoredDeriver: AnchorDeriver,
                              diagnostics: inout [Diagnostic]) {
        if let tokenizer = parsed.tokenizer {
            rule.anchorNote = "tokenizer: \(tokenizer.rawValue) (code finds the matches)"
            return
        }
        switch parsed.anchor {
        case .scanWhole?:
            rule.anchorNote = "anchor: none (the rule is scanned whole)"
            return
        case let .pattern(pattern, before, location)?:
            guard var anchor = authoredDeriver.anchor(of: pattern) else {
                diagnostics.append(Diagnostic(at: location, rule: parsed.id,
                                              "anchor '\(pattern)' has no literal or small class that every hit must contain"))
                return
            }
            anchor.before = before
            anchor.staysOnLine = before == nil || anchor.staysOnLine
            anchor.origin = .authored
            rule.anchor = anchor
            return
        case nil:
            break
        }
        let derived = deriver.anchor(of: parsed.pattern)
        var fromTrigger: RuleAnchor?
        if let trigger = parsed.trigger, var anchor = authoredDeriver.anchor(of: trigger.pattern) {
            anchor.before = trigger.before + anchor.atoms.map(\.length).max()! - 1
            anchor.staysOnLine = true
            anchor.origin = .authored
            fromTrigger = anchor
        }
        let derivedIsExact = derived.map { $0.before != nil || $0.staysOnLine } ?? false
        if let derived, derivedIsExact, fromTrigger.map({ derived.estimatedFrequency <= $0.estimatedFrequency }) ?? true {
            rule.anchor = derived
        } else if let fromTrigger {
            rule.anchor = fromTrigger
        } else {
            rule.anchor = derived
        }
        if rule.anchor == nil { rule.anchorNote = "no literal or small class that every match must contain" }
    }

    /// The offset (in Unicode scalars) of the first "(" or "[" of `pattern` that is never closed,
    /// skipping escapes and `\Q…\E`; PCRE2 itself only says the pattern ended too soon.
    static func unbalancedOpening(in pattern: String) -> Int? {
        let scalars = Array(pattern.unicodeScalars)
        var open: [Int] = []
        var index = 0
        var inClass = false
        var classStart = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\" {
                if index + 1 < scalars.count && scalars[index + 1] == "Q" {
                    index += 2
                    while index + 1 < scalars.count && !(scalars[index] == "\\" && scalars[index + 1] == "E") { index += 1 }
                }
                index += 2
                continue
            }
            if inClass {
                if scalar == "]" { inClass = false }
            } else if scalar == "[" {
                inClass = true
                classStart = index
                // A "]" right after "[" or "[^" is a literal member of the class.
                if index + 1 < scalars.count && scalars[index + 1] == "^" { index += 1 }
                if index + 1 < scalars.count && scalars[index + 1] == "]" { index += 1 }
            } else if scalar == "(" {
                open.append(index)
            } else if scalar == ")" {
                _ = open.popLast()
            }
            index += 1
        }
        return inClass ? classStart : open.first
    }

    private func scalarOffset(of byteOffset: Int, in text: String) -> Int {
        let utf8 = text.utf8
        let end = utf8.index(utf8.startIndex, offsetBy: min(byteOffset, utf8.count))
        return text.unicodeScalars[..<end].count
    }

    private func locate(_ parsed: ParsedRule, scalarOffset: Int) -> SourceLocation {
        guard let position = parsed.patternPosition else { return parsed.location }
        let (line, column) = position.location(ofValueOffset: scalarOffset, in: parsed.fileLines)
        return SourceLocation(path: parsed.location.path, line: line, column: column)
    }

    private func locate(_ definition: PatternDefinition, offset: Int) -> SourceLocation {
        guard let position = definition.position else { return definition.location }
        let (line, column) = position.location(ofValueOffset: offset, in: definition.fileLines)
        return SourceLocation(path: definition.location.path, line: line, column: column)
    }

    // MARK: - Reading YAML

    private func parseFile(_ source: RuleSource, rules: inout [ParsedRule],
                           definitions: inout [String: PatternDefinition], lexicons: inout [String: Lexicon],
                           settings: inout [String: ExampleValue], diagnostics: inout [Diagnostic]) {
        let path = source.displayPath
        let lines = source.contents.splitLines()
        // Refused before composing: a tree of aliases to aliases expands exponentially when walked.
        if let use = YAMLAnchorFinder.firstUse(in: source.contents) {
            diagnostics.append(Diagnostic(at: SourceLocation(path: path, line: use.line, column: use.column),
                                          "YAML \(use.written): anchors and aliases are not supported in rule files"))
            return
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: source.contents)
        } catch let error as YamlError {
            diagnostics.append(yamlDiagnostic(error, path: path))
            return
        } catch {
            diagnostics.append(Diagnostic(at: SourceLocation(path: path, line: 1, column: 1), "\(error)"))
            return
        }
        guard let root else { return }
        guard let top = root.mapping else {
            diagnostics.append(Diagnostic(at: location(of: root, path: path), "a rule file is a mapping (kind, defines, lexicons, settings, rules)"))
            return
        }
        let known: Set<String> = ["kind", "date", "defines", "lexicons", "settings", "rules", "description", "trigger", "anchor"]
        for key in top.keys where !known.contains(key.string ?? "") {
            diagnostics.append(Diagnostic(.warning, at: location(of: key, path: path), "unknown key '\(key.string ?? "?")'"))
        }
        let fileKind = top["kind"]?.string
        let fileDate = top["date"]?.string
        let fileTrigger = top["trigger"].flatMap { parseTrigger($0, path: path, lines: lines, diagnostics: &diagnostics) }
        let fileAnchor = top["anchor"].flatMap { parseAnchor($0, path: path, diagnostics: &diagnostics) }

        if let node = top["defines"] {
            for (key, value) in node.mapping ?? [:] {
                guard let name = key.string, let scalar = value.scalar else {
                    diagnostics.append(Diagnostic(at: location(of: key, path: path), "a definition is NAME: pattern"))
                    continue
                }
                if let first = definitions[name] {
                    diagnostics.append(Diagnostic(at: location(of: key, path: path), "shared pattern '\(name)' already defined at \(first.location)"))
                    continue
                }
                definitions[name] = PatternDefinition(name: name, body: scalar.string, position: ScalarPosition(scalar),
                                                      location: location(of: value, path: path), fileLines: lines)
            }
        }
        if let node = top["lexicons"] {
            for (key, value) in node.mapping ?? [:] {
                guard let name = key.string else { continue }
                if lexicons[name] != nil {
                    diagnostics.append(Diagnostic(at: location(of: key, path: path), "lexicon '\(name)' already defined"))
                    continue
                }
                lexicons[name] = parseLexicon(name, value, path: path, diagnostics: &diagnostics)
            }
        }
        if let node = top["settings"] {
            guard let mapping = node.mapping else {
                diagnostics.append(Diagnostic(at: location(of: node, path: path), "'settings' is a mapping of key: value"))
                return
            }
            for (key, value) in mapping {
                guard let name = key.string else { continue }
                guard let setting = RuleSetting.byKey[name] else {
                    let known = RuleSetting.all.map(\.key).sorted().joined(separator: ", ")
                    diagnostics.append(Diagnostic(at: location(of: key, path: path), "unknown setting '\(name)'; known settings: \(known)"))
                    continue
                }
                do throws(SettingProblem) {
                    settings[name] = try settingValue(value, shape: setting.shape)
                } catch {
                    diagnostics.append(Diagnostic(at: location(of: value, path: path), "setting '\(name)' is \(error.wanted)"))
                }
            }
        }
        if let node = top["rules"] {
            guard let sequence = node.sequence else {
                diagnostics.append(Diagnostic(at: location(of: node, path: path), "'rules' is a list"))
                return
            }
            for ruleNode in sequence {
                if var rule = parseRule(ruleNode, fileKind: fileKind, fileDate: fileDate, path: path, lines: lines,
                                        diagnostics: &diagnostics) {
                    if let own = ruleNode["trigger"] {
                        rule.trigger = own.string == "none" ? nil : parseTrigger(own, path: path, lines: lines, diagnostics: &diagnostics)
                    } else {
                        rule.trigger = fileTrigger
                    }
                    rule.anchor = ruleNode["anchor"].map { parseAnchor($0, path: path, diagnostics: &diagnostics) } ?? fileAnchor
                    rules.append(rule)
                }
            }
        }
    }

    /// A setting value of the wrong shape: what it should have been.
    private struct SettingProblem: Error {
        var wanted: String
    }

    private func settingValue(_ node: Node, shape: RuleSetting.Shape) throws(SettingProblem) -> ExampleValue {
        if shape == .list {
            guard let sequence = node.sequence, sequence.allSatisfy({ $0.scalar != nil }) else {
                throw SettingProblem(wanted: "a list, as in [a, b] or one '- item' a line")
            }
            return .list(sequence.compactMap { $0.scalar?.string })
        }
        guard let scalar = node.scalar else { throw SettingProblem(wanted: "a single value, not a list or a mapping") }
        let value = ExampleValue(yamlScalar: scalar.string, isQuoted: scalar.style != .plain)
        switch (shape, value) {
        case (.number, .number), (.flag, .bool), (.text, _): return value
        case (.number, _): throw SettingProblem(wanted: "a number, not '\(scalar.string)'")
        default: throw SettingProblem(wanted: "true or false, not '\(scalar.string)'")
        }
    }

    /// Kinds whose rules can read a mention where there is none, so each of their rules shows a
    /// text it must leave alone.
    static let kindsNeedingNegativeExamples: Set<String> = ["quantity", "duration", "date", "person", "company", "site"]

    private func parseRule(_ node: Node, fileKind: String?, fileDate: String?, path: String, lines: [Substring],
                           diagnostics: inout [Diagnostic]) -> ParsedRule? {
        let here = location(of: node, path: path)
        guard let mapping = node.mapping else {
            diagnostics.append(Diagnostic(at: here, "a rule is a mapping with id and pattern"))
            return nil
        }
        guard let id = mapping["id"]?.string, !id.isEmpty else {
            diagnostics.append(Diagnostic(at: here, "rule without an id"))
            return nil
        }
        guard let patternNode = mapping["pattern"], let patternScalar = patternNode.scalar else {
            diagnostics.append(Diagnostic(at: here, rule: id, "rule without a pattern"))
            return nil
        }
        guard let kind = mapping["kind"]?.string ?? fileKind else {
            diagnostics.append(Diagnostic(at: here, rule: id, "rule without a kind (set it on the rule or the file)"))
            return nil
        }
        guard MentionKind(rawValue: kind) != nil else {
            let kinds = MentionKind.allCases.map(\.rawValue).joined(separator: ", ")
            diagnostics.append(Diagnostic(at: here, rule: id, "unknown kind '\(kind)' (known: \(kinds))"))
            return nil
        }
        let known: Set<String> = ["id", "kind", "pattern", "priority", "produces", "examples", "description", "trigger", "tokenizer", "anchor"]
        for key in mapping.keys where !known.contains(key.string ?? "") {
            diagnostics.append(Diagnostic(.warning, at: location(of: key, path: path), rule: id, "unknown key '\(key.string ?? "?")'"))
        }
        var tokenizer: RuleTokenizer?
        if let node = mapping["tokenizer"] {
            guard let name = node.string, let known = RuleTokenizer(rawValue: name) else {
                let names = RuleTokenizer.allCases.map(\.rawValue).joined(separator: ", ")
                diagnostics.append(Diagnostic(at: location(of: node, path: path), rule: id,
                                              "unknown tokenizer '\(node.string ?? "?")' (known: \(names))"))
                return nil
            }
            tokenizer = known
        }
        var produces: [String: ExampleValue] = [:]
        for (key, value) in mapping["produces"]?.mapping ?? [:] {
            guard let name = key.string, let scalar = value.scalar else { continue }
            produces[name] = ExampleValue(yamlScalar: scalar.string, isQuoted: scalar.style != .plain)
        }
        var examples: [RuleExample] = []
        if let examplesNode = mapping["examples"] {
            let positive = examplesNode["positive"]?.sequence.map(Array.init) ?? []
            let negative = examplesNode["negative"]?.sequence.map(Array.init) ?? []
            if examplesNode.mapping == nil {
                diagnostics.append(Diagnostic(at: location(of: examplesNode, path: path), rule: id,
                                              "examples is a mapping with 'positive' and 'negative' lists"))
            }
            for example in positive {
                guard let input = example["input"]?.string else {
                    diagnostics.append(Diagnostic(at: location(of: example, path: path), rule: id, "a positive example needs 'input'"))
                    continue
                }
                var expect: [String: ExampleValue] = [:]
                for (key, value) in example["expect"]?.mapping ?? [:] {
                    guard let name = key.string, let scalar = value.scalar else { continue }
                    expect[name] = ExampleValue(yamlScalar: scalar.string, isQuoted: scalar.style != .plain)
                }
                examples.append(RuleExample(input: input, date: example["date"]?.string ?? fileDate, expect: expect,
                                            isPositive: true, location: location(of: example, path: path)))
            }
            for example in negative {
                guard let input = example.string ?? example["input"]?.string else {
                    diagnostics.append(Diagnostic(at: location(of: example, path: path), rule: id, "a negative example is a string or has 'input'"))
                    continue
                }
                examples.append(RuleExample(input: input, date: example["date"]?.string ?? fileDate, expect: [:],
                                            isPositive: false, location: location(of: example, path: path)))
            }
        }
        if !examples.contains(where: \.isPositive) {
            diagnostics.append(Diagnostic(at: here, rule: id, "a rule needs a positive example (examples: positive: - input: …, expect: …)"))
        }
        if RuleLoader.kindsNeedingNegativeExamples.contains(kind) && !examples.contains(where: { !$0.isPositive }) {
            diagnostics.append(Diagnostic(at: here, rule: id, "a \(kind) rule needs a negative example: a text it must not read as a \(kind)"))
        }
        if kind == "date" {
            checkDateForm(mapping["produces"]?["form"], rule: id, at: here, path: path, diagnostics: &diagnostics)
        }
        let priority = mapping["priority"]?.int ?? 0
        return ParsedRule(id: id, kind: kind, pattern: patternScalar.string, patternPosition: ScalarPosition(patternScalar),
                          priority: priority, produces: produces, examples: examples, location: here, fileLines: lines,
                          trigger: nil, tokenizer: tokenizer)
    }

    /// A date rule names the form `DateInterpreter` resolves its matches by.
    private func checkDateForm(_ node: Node?, rule id: String, at here: SourceLocation, path: String,
                               diagnostics: inout [Diagnostic]) {
        let known = DateForm.allCases.map(\.rawValue).joined(separator: ", ")
        guard let node else {
            diagnostics.append(Diagnostic(at: here, rule: id, "a date rule names its form (produces: {form: …}); forms: \(known)"))
            return
        }
        guard let form = node.string, DateForm(rawValue: form) != nil else {
            diagnostics.append(Diagnostic(at: location(of: node, path: path), rule: id,
                                          "unknown date form '\(node.string ?? "?")'; forms: \(known)"))
            return
        }
    }

    /// `trigger: {pattern: '…', before: 64, after: 96}` (before/after in bytes, within the line).
    private func parseTrigger(_ node: Node, path: String, lines: [Substring], diagnostics: inout [Diagnostic]) -> ParsedTrigger? {
        guard let patternNode = node["pattern"], let scalar = patternNode.scalar else {
            diagnostics.append(Diagnostic(at: location(of: node, path: path), "a trigger is {pattern: …, before: N, after: N}"))
            return nil
        }
        return ParsedTrigger(pattern: scalar.string, position: ScalarPosition(scalar), before: node["before"]?.int ?? 64,
                             after: node["after"]?.int ?? 96, location: location(of: patternNode, path: path), fileLines: lines)
    }

    /// `anchor: none` or `anchor: {pattern: '…', before: N}` (before in bytes; omitted: the line start).
    private func parseAnchor(_ node: Node, path: String, diagnostics: inout [Diagnostic]) -> ParsedAnchor? {
        let here = location(of: node, path: path)
        if node.string == "none" { return .scanWhole(here) }
        guard let mapping = node.mapping, let pattern = mapping["pattern"]?.string else {
            diagnostics.append(Diagnostic(at: here, "an anchor is 'none' or {pattern: …, before: N}"))
            return nil
        }
        for key in mapping.keys where !["pattern", "before"].contains(key.string ?? "") {
            diagnostics.append(Diagnostic(at: location(of: key, path: path), "unknown anchor key '\(key.string ?? "?")' (known: pattern, before)"))
        }
        var before: Int?
        if let value = mapping["before"] {
            guard let number = value.int, number >= 0 else {
                diagnostics.append(Diagnostic(at: location(of: value, path: path), "anchor 'before' is a number of bytes"))
                return nil
            }
            before = number
        }
        return .pattern(pattern, before: before, location: location(of: mapping["pattern"]!, path: path))
    }

    private func parseLexicon(_ name: String, _ node: Node, path: String, diagnostics: inout [Diagnostic]) -> Lexicon {
        let caseSensitive = node["case"]?.string == "sensitive"
        var entries: [Lexicon.Entry] = []
        for entry in node["entries"]?.sequence ?? Node.Sequence() {
            if let form = entry.string {
                entries.append(Lexicon.Entry(forms: [form], attributes: [:]))
                continue
            }
            guard let mapping = entry.mapping else { continue }
            var forms: [String] = []
            var attributes: [String: ExampleValue] = [:]
            for (key, value) in mapping {
                guard let keyName = key.string else { continue }
                if keyName == "forms" {
                    forms = value.sequence?.compactMap(\.string) ?? value.string.map { [$0] } ?? []
                } else if let scalar = value.scalar {
                    attributes[keyName] = ExampleValue(yamlScalar: scalar.string, isQuoted: scalar.style != .plain)
                }
            }
            if forms.isEmpty {
                diagnostics.append(Diagnostic(at: location(of: entry, path: path), "lexicon '\(name)': entry without forms"))
                continue
            }
            entries.append(Lexicon.Entry(forms: forms, attributes: attributes))
        }
        return Lexicon(name: name, caseSensitive: caseSensitive, entries: entries, location: location(of: node, path: path))
    }

    private func location(of node: Node, path: String) -> SourceLocation {
        SourceLocation(path: path, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
    }

    private func yamlDiagnostic(_ error: YamlError, path: String) -> Diagnostic {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return Diagnostic(at: SourceLocation(path: path, line: mark.line, column: mark.column), "YAML: \(problem)")
        default:
            return Diagnostic(at: SourceLocation(path: path, line: 1, column: 1), "YAML: \(error)")
        }
    }
}
