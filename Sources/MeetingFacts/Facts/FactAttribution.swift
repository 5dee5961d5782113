/// Says whom a fact of one meeting is about: the people it names, the person who said it, the
/// owner of the action item it comes from, and — in a 1:1 — the one person the owner met. The
/// owner is never among them: their vault is their note.
struct FactAttribution {
    /// The person of a 1:1: the only attendee besides the owner.
    let oneOnOne: String?
    let owner: String?
    /// The speaker (resolved) of each line of the transcript.
    private var speakerOfLine: [Int: String] = [:]
    /// Who said each typed value in the transcript ("400k GPUs", "Jan 15"), by value.
    private var speakersOfValue: [String: Set<String>] = [:]
    /// The owners (resolved) of the action item on each line.
    private var ownersOfLine: [Int: [String]] = [:]
    /// A 1:1 about the owner (its summary says so, `FactAssembler.summary(_:isAbout:)`): the other person gets
    /// only the facts that name them, that they said or whose action item they own.
    var ownerCentred = false

    init(note: MeetingNote, people: PeopleResolution, owner: String?, byLine: [Int: [Mention]], buffer: TextBuffer) {
        self.owner = owner
        let others = people.attendees.filter { $0 != owner }
        oneOnOne = others.count == 1 && PersonNameKey.words(of: others[0]).count > 1 ? others[0] : nil
        let turns = note.turns.sorted { $0.line < $1.line }
        for (index, turn) in turns.enumerated() {
            guard let speaker = people.labels[turn.speaker] else { continue }
            let end = index + 1 < turns.count ? turns[index + 1].line : turn.line + turn.text.split(separator: "\n").count
            for line in turn.line..<max(end, turn.line + 1) {
                speakerOfLine[line] = speaker
                for mention in byLine[line] ?? [] {
                    guard let value = mention.typedValue else { continue }
                    speakersOfValue[value, default: []].insert(speaker)
                }
            }
        }
        for task in note.tasks {
            ownersOfLine[task.line] = task.owners.compactMap { people.labels[$0] }
        }
    }

    /// The people `fact` is about, in order: named, speaker, action-item owner, the 1:1 person.
    func about(_ fact: Fact) -> [String] {
        var names = NameList()
        for mention in fact.mentions where mention.kind == .person {
            if let name = mention.name, name != owner, PersonNameKey.words(of: name).count > 1 { names.add(name) }
        }
        let namesOthers = names.names.contains { $0 != oneOnOne }
        if let speaker = speaker(of: fact.line) {
            names.add(speaker)
        } else if let speaker = soleSpeaker(of: fact) {
            names.add(speaker)
        }
        for name in ownersOfLine[fact.line] ?? [] { names.add(name) }
        // In a 1:1 a fact is the other person's — but one about the owner alone ("Jason has an
        // offer from VAST") is the owner's own news, told to them, not about them, and one about
        // somebody else ("Lior focuses on hyperscalers") is that person's, only told in the 1:1.
        let aboutOwnerAlone = names.names.isEmpty
            && fact.mentions.contains { $0.kind == .person && $0.name != nil && $0.name == owner }
        if let oneOnOne, !aboutOwnerAlone, !namesOthers, !ownerCentred { names.add(oneOnOne) }
        return names.names.filter { $0 != owner }
    }

    func speaker(of line: Int) -> String? { speakerOfLine[line] }

    /// The one speaker, the owner aside, who said the typed values of a summary's fact in the
    /// transcript beside it; nil when nobody or several did.
    private func soleSpeaker(of fact: Fact) -> String? {
        var speakers = Set<String>()
        for mention in fact.mentions {
            guard let value = mention.typedValue else { continue }
            speakers.formUnion(speakersOfValue[value] ?? [])
        }
        speakers.remove(owner ?? "")
        return speakers.count == 1 ? speakers.first : nil
    }
}
