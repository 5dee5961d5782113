@testable import MeetingFacts

/// Runs a text through extraction and the people stage, as the analyzer does for a note.
enum PeopleTesting {
    static func resolve(_ text: String, declared: [String] = [], speakers: [String] = [], known: [KnownPerson] = [],
                        owner: String? = nil, rules: RuleSet = .shipped) -> PeopleResolution {
        let context = ExtractionContext(text: text, referenceDate: CalendarDate(year: 2025, month: 10, day: 31), rules: rules)
        let extraction = Extractor(rules: rules).extract(context)
        return PeopleResolver(rules: rules).resolve(PeopleResolver.Input(
            declaredAttendees: declared, transcriptSpeakers: speakers, extraction: extraction, buffer: context.buffer,
            owner: owner), known: KnownPeopleIndex(known))
    }
}
