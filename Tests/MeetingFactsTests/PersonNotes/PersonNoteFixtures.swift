@testable import MeetingFacts

/// The meetings of `corpus/golden/person-notes/Meetings/` as the analysis hands them over, each
/// fact with whom it is about: in the group review, the people a fact names; in Priya's 1:1
/// check-in, Priya (and Marco where a fact names him). Owner: Dana Whitlock.
enum PersonNoteFixtures {
    static let owner = "Dana Whitlock"

    static let pilotReview = MeetingRecord(
        path: "Meetings/2026-03-02 - Harbour sensor pilot review.md",
        linkName: "2026-03-02 - Harbour sensor pilot review",
        date: CalendarDate(year: 2026, month: 3, day: 2),
        title: "Harbour sensor pilot review — 2026-03-02",
        summary: "Priya and Marco walked through the harbour sensor pilot, agreed the firmware rollout timeline and asked Tomas for phase-two budget sign-off before the end of the month. Marco will ask Tomas Okafor to sign off the phase-two budget.",
        attendees: ["Dana Whitlock", "Priya Raman", "Marco Ilves"],
        referenced: ["Tomas Okafor"],
        facts: [
            Fact(text: "Priya's harbour pilot uses 48 vibration sensors across 3 cranes.", line: 17, about: ["Priya Raman"]),
            Fact(text: "Tomas Okafor holds the phase-two budget of $120k.", line: 18, about: ["Tomas Okafor"]),
            Fact(text: "Marco expects the firmware rollout to all cranes by 2026-03-20.", line: 19, about: ["Marco Ilves"]),
        ],
        topics: ["Harbour sensor pilot", "Firmware rollout", "Phase-two budget"],
        mentionSentences: ["Tomas Okafor": "Marco will ask Tomas Okafor to sign off the phase-two budget."],
        affiliations: ["Priya Raman": Affiliation(company: "Northwind Ports", role: "Operations Lead")])

    static let resultsCheckIn = MeetingRecord(
        path: "Meetings/2026-03-09 - Pilot results check-in.md",
        linkName: "2026-03-09 - Pilot results check-in",
        date: CalendarDate(year: 2026, month: 3, day: 9),
        title: "Pilot results check-in — 2026-03-09",
        summary: "Priya reported early results from the pilot.",
        attendees: ["Dana Whitlock", "Priya Raman"],
        referenced: ["Marco Ilves"],
        facts: [
            Fact(text: "Harbour pilot now runs 48 vibration sensors on 3 cranes.", line: 17, about: ["Priya Raman"]),
            Fact(text: "Crane 2 showed a 12% drop in idle time once the sensor alerts went live.", line: 18, about: ["Priya Raman"]),
            Fact(text: "Marco Ilves moves to the Rotterdam office on 2026-04-01.", line: 19, about: ["Marco Ilves", "Priya Raman"]),
        ],
        topics: ["Harbour sensor pilot", "Idle time results"],
        mentionSentences: ["Marco Ilves": "Marco Ilves moves to the Rotterdam office on 2026-04-01."])

    static let records = [pilotReview, resultsCheckIn]

    static func planner() throws -> PersonNotePlanner { try PersonNotePlanner(ruleSet: .shipped) }
}
