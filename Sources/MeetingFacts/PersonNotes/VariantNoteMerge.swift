/// Two person notes one alias makes one person: the user wrote the variant's name (`Bob Lind`)
/// into the `aliases:` of the canonical note (`Robert Lindqvist`). The lines runs wrote into the
/// variant note — Key Facts, Topics Discussed, Recent Context, Profile → Background, known by their
/// hashes — move into the canonical note (one the user deleted there is not brought back); the
/// variant keeps what the user wrote, or, when the run created it and nothing in it is the user's,
/// goes.
public struct VariantNoteMerge: Sendable {
    public var settings: PersonNoteSettings
    public var template: PersonNoteTemplate

    public init(settings: PersonNoteSettings, template: PersonNoteTemplate) {
        self.settings = settings
        self.template = template
    }

    public struct Result: Sendable, Equatable {
        /// The variant note without the lines moved; nil when it is to go (nothing in it is the user's).
        public var variant: String?
        public var canonical: String
        /// The lines moved, now the canonical note's managed lines.
        public var moved: [String]
    }

    /// - Parameters:
    ///   - generated: hashes of the lines runs wrote into the variant note.
    ///   - created: whether a run created the variant note (else it is the user's, and stays).
    ///   - written: the company, role and department values runs wrote into it.
    ///   - canonicalWritten: hashes of the lines runs wrote into the canonical note (a present one stays,
    ///     an absent one the user deleted).
    public func merge(variant variantText: String, generated: Set<ContentHash>, created: Bool, written: [String],
                      into canonicalText: String, canonicalWritten: Set<ContentHash>) -> Result {
        var variant = NoteText(variantText)
        var canonical = NoteText(canonicalText)
        let merger = PersonNoteMerger(settings: settings)
        var moved: [String] = []
        var taken: Set<Int> = []
        let headings = [settings.keyFactsHeading, settings.topicsHeading, settings.recentContextHeading]
        for heading in headings + [settings.backgroundLabel] {
            let lines = generatedLines(under: heading, in: variant, generated: generated)
            taken.formUnion(lines)
            let contents = lines.map { variant.lines[$0].content }
            guard !contents.isEmpty else { continue }
            let present = Set(canonical.lines.map(\.content))
            let adopted = contents.filter { !present.contains($0) && !canonicalWritten.contains(ContentHash($0)) }
            moved += contents.filter { !canonicalWritten.contains(ContentHash($0)) || present.contains($0) }
            guard !adopted.isEmpty else { continue }
            if heading == settings.recentContextHeading {
                insertByDate(adopted, in: &canonical, merger: merger)
            } else if heading == settings.backgroundLabel {
                var profile = merger.section(settings.profileHeading, in: &canonical)
                if NoteBlock.label(settings.backgroundLabel, in: canonical, within: profile.body) == nil {
                    profile.append([settings.backgroundLabel], to: &canonical)
                    profile = merger.section(settings.profileHeading, in: &canonical)
                }
                NoteBlock.label(settings.backgroundLabel, in: canonical, within: profile.body)?.append(adopted, to: &canonical)
            } else {
                merger.section(heading, in: &canonical).append(adopted, to: &canonical)
            }
        }
        variant = VariantNoteMerge.removing(taken, from: variant)
        let keep = !created || holdsUserText(variant, written: written)
        return Result(variant: keep ? variant.text : nil, canonical: canonical.text, moved: moved)
    }

    /// The lines of a section (or of the Background label) that runs wrote.
    private func generatedLines(under heading: String, in note: NoteText, generated: Set<ContentHash>) -> [Int] {
        let block: NoteBlock?
        if heading == settings.backgroundLabel {
            block = NoteBlock.heading(settings.profileHeading, in: note).flatMap {
                NoteBlock.label(heading, in: note, within: $0.body)
            }
        } else {
            block = NoteBlock.heading(heading, in: note)
        }
        guard let block else { return [] }
        return block.body.filter { generated.contains(ContentHash(note.lines[$0].content)) }
    }

    /// Recent Context stays newest first: each line goes before the first line dated before it.
    private func insertByDate(_ lines: [String], in note: inout NoteText, merger: PersonNoteMerger) {
        _ = merger.section(settings.recentContextHeading, in: &note)
        for line in lines {
            guard let block = NoteBlock.heading(settings.recentContextHeading, in: note) else { return }
            let date = merger.leadingDate(line)
            if let date, let older = block.body.first(where: { merger.leadingDate(note.lines[$0].content).map { $0 < date } ?? false }) {
                note.insert([line], at: older)
            } else {
                block.append([line], to: &note)
            }
        }
    }

    /// Whether anything left in a note a run created is the user's: any line that is neither blank,
    /// nor a line of the template (its placeholders taking any value), nor a frontmatter key or list
    /// item runs write, nor a Contact Information row holding the unknown value or a value a run
    /// wrote, nor the footer.
    private func holdsUserText(_ note: NoteText, written: [String]) -> Bool {
        let shapes = template.text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.components(separatedBy: "{{").enumerated().map { index, piece in
                index == 0 ? piece : String(piece.split(separator: "}}", maxSplits: 1, omittingEmptySubsequences: false).dropFirst().joined())
            }
        }
        let runKeys: Set<String> = ["type", "title", "created", "last_contact", "auto_created", "tags", "aliases", "company",
                                    "role", "suspected_match"]
        let frontmatterEnd = note.frontmatterEnd ?? -1
        var listKey = ""
        for (index, line) in note.lines.enumerated() {
            let content = NoteBlock.trimmed(line.content)
            if content.isEmpty || content.hasPrefix(settings.footerPrefix) { continue }
            if index > 0 && index < frontmatterEnd {
                if content.hasPrefix("- ") {
                    if listKey == "tags" || listKey == "aliases" { continue }
                    return true
                }
                let key = String(content.prefix { $0 != ":" })
                listKey = key
                let value = YAMLScalar.unquoted(NoteBlock.trimmed(String(content.dropFirst(key.count + 1))))
                if (key == "company" || key == "role") && !value.isEmpty && !written.contains(value) { return true }
                if !runKeys.contains(key) { return true }
                continue
            }
            if content.hasPrefix("| **"), let end = content.dropFirst(4).range(of: "** |") {
                let value = NoteBlock.trimmed(String(content[end.upperBound...].dropLast(content.hasSuffix("|") ? 1 : 0)))
                if value == settings.unknownValue || written.contains(value) { continue }
                return true
            }
            if shapes.contains(where: { VariantNoteMerge.fits(content, $0) }) { continue }
            return true
        }
        return false
    }

    /// Whether a line has a template line's shape: its fixed pieces in order, anything between.
    static func fits(_ line: String, _ pieces: [String]) -> Bool {
        let trimmedPieces = pieces.enumerated().map { index, piece in
            var piece = Substring(piece)
            if index == 0 { piece = piece.drop { $0 == " " || $0 == "\t" } }
            if index == pieces.count - 1 { while let last = piece.last, last == " " || last == "\t" || last == "\r" { piece = piece.dropLast() } }
            return String(piece)
        }
        guard let first = trimmedPieces.first, line.hasPrefix(first) else { return false }
        if trimmedPieces.count == 1 { return line == first }
        guard let last = trimmedPieces.last, line.hasSuffix(last), line.count >= first.count + last.count else { return false }
        var rest = Substring(line.dropFirst(first.count).dropLast(last.count))
        for middle in trimmedPieces.dropFirst().dropLast() where !middle.isEmpty {
            guard let found = rest.range(of: middle) else { return false }
            rest = rest[found.upperBound...]
        }
        return true
    }

    /// The note without the given lines; where a removed list leaves two blank lines, one goes.
    static func removing(_ taken: Set<Int>, from note: NoteText) -> NoteText {
        var result = note
        result.lines = []
        var removedSinceKept = false
        for (index, line) in note.lines.enumerated() {
            if taken.contains(index) {
                removedSinceKept = true
                continue
            }
            if removedSinceKept, NoteBlock.trimmed(line.content).isEmpty, let last = result.lines.last,
               NoteBlock.trimmed(last.content).isEmpty { continue }
            result.lines.append(line)
            removedSinceKept = false
        }
        return result
    }
}
