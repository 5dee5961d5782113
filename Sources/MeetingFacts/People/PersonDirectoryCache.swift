import Foundation

/// Keeps the last directory built, so that the thousands of name candidates of one note share one
/// index of its attendees and known people. Arrays compare in O(1) when unchanged (shared storage).
final class PersonDirectoryCache: @unchecked Sendable {
    private let lock = NSLock()
    private var attendees: [String] = []
    private var knownPeople: [KnownPerson] = []
    private var directory: PersonDirectory?
    private let knownIndex = KnownPeopleIndexCache()

    func directory(for context: ExtractionContext, lexicons: PersonLexicons) -> PersonDirectory {
        lock.lock()
        defer { lock.unlock() }
        if let directory, attendees == context.attendees, knownPeople == context.knownPeople { return directory }
        let built = PersonDirectory(attendees: context.attendees, known: knownIndex.index(for: context.knownPeople), lexicons: lexicons)
        attendees = context.attendees
        knownPeople = context.knownPeople
        directory = built
        return built
    }
}
