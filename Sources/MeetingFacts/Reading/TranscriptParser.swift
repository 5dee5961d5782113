import Foundation

/// Reads speaker turns from transcript lines in every form met in real notes:
///
/// - `[00:00:03.18]  Name- text` and `[00:00:26.06]  NameText` (the name glued to the text), the
///   timestamp optionally followed by a channel or device label, `Jabra Speak 710 :  NameText`;
/// - `Name>> text`, `**Name:** text`, `**Name**: text`, `[Name]: text`, `Name: text`, `Speaker 1: text`.
///
/// A glued name is split off when it is a name already known — an attendee, a speaker written
/// in a clearer form elsewhere in the note, a speaker label — or, failing that, a capitalised
/// two-word prefix directly followed by a capital (`Jason ValleryNice` → "Jason Vallery").
/// Lines that start no turn continue the previous one.
public struct TranscriptParser: Sendable {
    /// Labels written in place of a speaker (recording channels, devices): SPEAKER_LABEL, and
    /// SPEAKER_PLACEHOLDER when the rules define it.
    public var labels: [Lexicon]
    /// Names the note already gives (attendees, the person of a 1:1 title).
    public var knownNames: [String]
    /// Capitalised words that are never a name (PERSON_NOT_A_NAME), when the rules have them.
    public var notNames: Lexicon?

    public init(labels: [Lexicon], knownNames: [String], notNames: Lexicon? = nil) {
        self.labels = labels
        self.knownNames = knownNames
        self.notNames = notNames
    }

    public init(rules: RuleSet, knownNames: [String]) {
        self.init(labels: ["SPEAKER_LABEL", "SPEAKER_PLACEHOLDER"].compactMap { rules.lexicon($0) }, knownNames: knownNames,
                  notNames: rules.lexicon("PERSON_NOT_A_NAME"))
    }

    public func isLabel(_ speaker: some StringProtocol) -> Bool {
        labels.contains { $0.contains(speaker) }
    }

    /// Whether a speaker is a person's name rather than a label, or a label numbered or lettered
    /// (`Speaker 1`, `Speaker B`, `Remote 2`).
    public func isNamedSpeaker(_ speaker: String) -> Bool {
        guard speaker.contains(where: \.isLetter), !isLabel(speaker) else { return false }
        var words = speaker.split(separator: " ")
        if words.count >= 2, let last = words.last, last.allSatisfy(\.isNumber) || (last.count == 1 && last.first!.isUppercase) {
            words.removeLast()
            if isLabel(words.joined(separator: " ")) || words.joined(separator: " ").lowercased() == "speaker" { return false }
        }
        return true
    }

    /// Turns in `lines`. With `outsideTranscript` (a note without a transcript section) a speaker
    /// counts only with two turns or more — a lone `**Date:** 2025-10-22` is no speaker — and
    /// lines that start no turn end the current one instead of continuing it.
    public func turns(in lines: [NoteSection.Line], outsideTranscript: Bool = false) -> [TranscriptTurn] {
        (try? turns(in: lines, outsideTranscript: outsideTranscript, clock: nil)) ?? []
    }

    /// The deadline passed while reading turns: many distinct speakers make the search for glued
    /// names slow (every known name is tried on every line).
    public struct PastDeadline: Error {}

    /// `turns(in:outsideTranscript:)`, giving up once `clock` is past its deadline.
    public func turns(in lines: [NoteSection.Line], outsideTranscript: Bool = false,
                      clock: NoteLimits.Clock?) throws(PastDeadline) -> [TranscriptTurn] {
        // First pass: the speakers written unambiguously, so glued names can be split in the second.
        let firstPass = try parse(lines, known: orderedNames(knownNames), outsideTranscript: outsideTranscript, clock: clock)
        let learned = NoteParser.distinct(firstPass.filter { $0.form != .glued }.map(\.turn.speaker))
        let known = orderedNames(knownNames + learned.filter(isNamedSpeaker))
        var parsed = try parse(lines, known: known, outsideTranscript: outsideTranscript, clock: clock)
        if outsideTranscript {
            var counts: [String: Int] = [:]
            for turn in parsed { counts[turn.turn.speaker, default: 0] += 1 }
            parsed.removeAll { counts[$0.turn.speaker, default: 0] < 2 }
        }
        return parsed.map(\.turn)
    }

    private enum Form { case timestamped, glued, bold, bracketed, chevrons, plainColon }

    private struct ParsedTurn {
        var turn: TranscriptTurn
        var form: Form
    }

    private func orderedNames(_ names: [String]) -> [String] {
        var seen = Set<String>()
        let distinct = names.filter { !$0.isEmpty && seen.insert($0).inserted }
        let labelForms = labels.flatMap { $0.entries.flatMap(\.forms) }
        return (distinct + labelForms).sorted { $0.count > $1.count }
    }

    private func parse(_ lines: [NoteSection.Line], known: [String], outsideTranscript: Bool,
                       clock: NoteLimits.Clock?) throws(PastDeadline) -> [ParsedTurn] {
        var turns: [ParsedTurn] = []
        var continuing = false
        for (index, line) in lines.enumerated() {
            if index % 64 == 0, clock?.isPastDeadline == true { throw PastDeadline() }
            let trimmed = line.text.trimmingWhitespace()
            if trimmed.isEmpty { continue }
            if TranscriptParser.isNoise(trimmed) { continue }
            if let turn = turn(in: trimmed, line: line.number, known: known, outsideTranscript: outsideTranscript) {
                turns.append(turn)
                continuing = true
            } else if continuing, !outsideTranscript, !turns.isEmpty {
                turns[turns.count - 1].turn.text += (turns[turns.count - 1].turn.text.isEmpty ? "" : " ") + trimmed
            } else {
                continuing = false
            }
        }
        return turns
    }

    /// Lines in a transcript that carry no words: fences, markers, bare `*00:16*` timestamps, rules.
    private static func isNoise(_ line: String) -> Bool {
        if line.hasPrefix("```") || line.hasPrefix("~~~") || line.hasPrefix("<!--") || line.hasPrefix("#") || line == "---" { return true }
        let core = line.trimmingCharacters(in: "*_[]() ")
        return !core.isEmpty && core.allSatisfy { $0.isNumber || $0 == ":" || $0 == "." }
    }

    private func turn(in line: String, line number: Int, known: [String], outsideTranscript: Bool) -> ParsedTurn? {
        if let (timestamp, rest) = TranscriptParser.timestamp(in: line) {
            let (speaker, text, form) = speakerAfterTimestamp(rest, known: known)
            return ParsedTurn(turn: TranscriptTurn(speaker: speaker, text: text, line: number, timestamp: timestamp), form: form)
        }
        if let (speaker, text) = TranscriptParser.boldSpeaker(in: line) {
            return ParsedTurn(turn: TranscriptTurn(speaker: speaker, text: text, line: number), form: .bold)
        }
        if let (speaker, text) = TranscriptParser.bracketedSpeaker(in: line) {
            return ParsedTurn(turn: TranscriptTurn(speaker: speaker, text: text, line: number), form: .bracketed)
        }
        if let (speaker, text) = TranscriptParser.chevronSpeaker(in: line) {
            return ParsedTurn(turn: TranscriptTurn(speaker: speaker, text: text, line: number), form: .chevrons)
        }
        if let (speaker, text) = plainColonSpeaker(in: line) {
            return ParsedTurn(turn: TranscriptTurn(speaker: speaker, text: text, line: number), form: .plainColon)
        }
        return nil
    }

    /// `[00:00:03.18]` or `[00:03]` at the start of a line, and what follows it.
    static func timestamp(in line: String) -> (String, Substring)? {
        guard line.first == "[", let close = line.firstIndex(of: "]") else { return nil }
        let inside = line[line.index(after: line.startIndex)..<close]
        guard inside.count >= 4, inside.contains(":"), inside.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ":" || $0 == ".") }) else { return nil }
        return (String(inside), line[line.index(after: close)...].drop(while: { $0 == " " || $0 == "\t" }))
    }

    private func speakerAfterTimestamp(_ rest: Substring, known: [String]) -> (String, String, Form) {
        // `Label : text` — a channel, device or person label before the words: capitalised words
        // with a space before the colon, or a known label with or without one.
        if let colon = rest.firstIndex(of: ":"), rest[rest.index(after: colon)...].first.map({ $0 == " " }) ?? true {
            let label = rest[..<colon].trimmingWhitespace()
            let words = label.split(separator: " ")
            let spaced = rest[..<colon].last == " "
            let capitalised = !words.isEmpty && words.allSatisfy { $0.first.map { $0.isUppercase || $0.isNumber } ?? false }
            if (1...4).contains(words.count), isLabel(label) || (spaced && capitalised) {
                let words = rest[rest.index(after: colon)...].drop(while: { $0 == " " })
                if let (speaker, text) = gluedSpeaker(in: words, known: known) { return (speaker, text, .timestamped) }
                return (label, String(words), .timestamped)
            }
        }
        if let (speaker, text) = TranscriptParser.chevronSpeaker(in: String(rest)) { return (speaker, text, .timestamped) }
        if let (speaker, text) = knownSpeaker(in: rest, known: known) { return (speaker, text, .glued) }
        if let (speaker, text) = TranscriptParser.dashSpeaker(in: rest) { return (speaker, text, .timestamped) }
        if let (speaker, text) = capitalisedSpeaker(in: rest) { return (speaker, text, .glued) }
        return ("", String(rest), .timestamped)
    }

    /// A name glued to the words: a known name, else a capitalised two-word prefix followed by a capital.
    private func gluedSpeaker(in text: Substring, known: [String]) -> (String, String)? {
        knownSpeaker(in: text, known: known) ?? capitalisedSpeaker(in: text)
    }

    /// A known name at the start of the words. A one-word name followed by a lower-case letter is
    /// the start of a word ("Remotely"), not a name.
    private func knownSpeaker(in text: Substring, known: [String]) -> (String, String)? {
        for name in known where text.hasPrefix(name) {
            let after = text.dropFirst(name.count)
            if let next = after.first, next.isLowercase, !name.contains(" ") { continue }
            return (name, TranscriptParser.droppingSeparator(after))
        }
        return nil
    }

    /// `Jason ValleryNice…`: two different capitalised words, neither a word that is never a name
    /// (PERSON_NOT_A_NAME, when the rules define it: "You YouBLANK" is no speaker), the second
    /// running straight into a capital or a dash.
    private func capitalisedSpeaker(in text: Substring) -> (String, String)? {
        var index = text.startIndex
        var words = 0
        while words < 2 {
            guard index < text.endIndex, text[index].isUppercase else { return nil }
            index = text.index(after: index)
            let lowers = text[index...].prefix(while: \.isLowercase)
            guard !lowers.isEmpty else { return nil }
            index = lowers.endIndex
            words += 1
            if words == 1 {
                guard index < text.endIndex, text[index] == " " else { return nil }
                index = text.index(after: index)
            }
        }
        guard index < text.endIndex, text[index].isUppercase || text[index] == "-" else { return nil }
        let name = text[..<index]
        let parts = name.split(separator: " ")
        guard parts[0] != parts[1], !parts.contains(where: { notNames?.contains($0) ?? false }) else { return nil }
        return (String(name), TranscriptParser.droppingSeparator(text[index...]))
    }

    private static func droppingSeparator(_ text: Substring) -> String {
        var rest = text.drop(while: { $0 == " " })
        if rest.hasPrefix("- ") || rest.hasPrefix(": ") { rest = rest.dropFirst(2) }
        return rest.trimmingWhitespace()
    }

    /// `Name- text` or `Name - text`, the name being one to four capitalised words.
    private static func dashSpeaker(in text: Substring) -> (String, String)? {
        guard let dash = text.range(of: "- ") else { return nil }
        let name = text[..<dash.lowerBound].trimmingWhitespace()
        guard looksLikeName(name), !name.hasSuffix("."),
              name.split(separator: " ").allSatisfy({ $0.first.map { $0.isUppercase || $0.isNumber } ?? false }) else { return nil }
        return (name, text[dash.upperBound...].trimmingWhitespace())
    }

    /// `**Name:** text`, `**Name**: text`, `__Name:__ text`.
    static func boldSpeaker(in line: String) -> (String, String)? {
        for marker in ["**", "__"] where line.hasPrefix(marker) {
            let afterOpen = line.dropFirst(marker.count)
            guard let close = afterOpen.range(of: marker) else { return nil }
            var name = afterOpen[..<close.lowerBound].trimmingWhitespace()
            var rest = afterOpen[close.upperBound...]
            if name.hasSuffix(":") {
                name.removeLast()
            } else if rest.hasPrefix(":") {
                rest = rest.dropFirst()
            } else {
                return nil
            }
            name = name.trimmingWhitespace()
            guard !name.isEmpty, name.count <= 160, rest.first.map({ $0 == " " }) ?? true else { return nil }
            return (name, rest.trimmingWhitespace())
        }
        return nil
    }

    /// `[Name]: text` (a link `[text](url)` is not a speaker).
    static func bracketedSpeaker(in line: String) -> (String, String)? {
        guard line.first == "[", let close = line.firstIndex(of: "]") else { return nil }
        let after = line[line.index(after: close)...]
        guard after.hasPrefix(":") else { return nil }
        let name = line[line.index(after: line.startIndex)..<close].trimmingWhitespace()
        guard looksLikeName(name) || name.lowercased().hasPrefix("speaker") else { return nil }
        return (name, after.dropFirst().trimmingWhitespace())
    }

    /// `Name>> text` or `Name >> text`.
    static func chevronSpeaker(in line: String) -> (String, String)? {
        guard let chevrons = line.range(of: ">>") else { return nil }
        let name = line[..<chevrons.lowerBound].trimmingWhitespace()
        guard looksLikeName(name) else { return nil }
        return (name, line[chevrons.upperBound...].trimmingWhitespace())
    }

    /// `Name: text` and `Speaker 1: text`: up to six words before the first colon, the first capitalised.
    private func plainColonSpeaker(in line: String) -> (String, String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let name = line[..<colon].trimmingWhitespace()
        let rest = line[line.index(after: colon)...]
        guard rest.first == " ", !rest.hasPrefix(" //") else { return nil }
        guard TranscriptParser.looksLikeName(name, maxWords: 6) || isLabel(name) else { return nil }
        return (name, rest.trimmingWhitespace())
    }

    /// One to `maxWords` words, the first starting with a capital or digit, no sentence punctuation.
    static func looksLikeName(_ name: String, maxWords: Int = 4) -> Bool {
        let words = name.split(separator: " ")
        guard (1...maxWords).contains(words.count), let first = name.first, first.isUppercase else { return false }
        return !name.contains(where: { ",;!?\"*[]`|<>=#".contains($0) })
    }
}

private extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        trimming { set.contains($0) }
    }
}
