@testable import MeetingFacts

/// Runs a text through extraction and the people stage as the analyzer does for a note read
/// alone: its names registered against the known people, then every mention resolved.
enum PeopleTesting {
    static func resolve(_ text: String, declared: [String] = [], speakers: [String] = [], known: [KnownPerson] = [],
                        owner: String? = nil, rules: RuleSet = .shipped) -> PeopleResolution {
        let context = ExtractionContext(text: text, referenceDate: CalendarDate(year: 2025, month: 10, day: 31), rules: rules)
        let input = PeopleResolver.Input(declaredAttendees: declared, transcriptSpeakers: speakers,
                                         extraction: Extractor(rules: rules).extract(context), buffer: context.buffer, owner: owner)
        let resolver = PeopleResolver(rules: rules)
        let registry = PeopleRegistry(known: known, owner: owner.map { [$0] } ?? [], sightings: resolver.sightings(input), rules: rules)
        var resolution = resolver.resolve(input, known: KnownPeopleIndex(registry.people))
        resolution.nearMisses = registry.review(of: resolution.attendees + resolution.referenced)
        return resolution
    }
}
