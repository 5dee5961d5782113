/// Vault fixtures: an empty vault with its owner, and meeting notes written where they belong.
extension TemporaryFolder {
    /// A folder holding `.meetingfacts.yml` naming the owner (and the names that are never a
    /// person, if any): an empty vault.
    static func vault(owner: String, notPeople: [String] = []) -> TemporaryFolder {
        let vault = TemporaryFolder("vault")
        let never = notPeople.isEmpty ? "" : "not_people: [\(notPeople.joined(separator: ", "))]\n"
        vault.write(".meetingfacts.yml", "owner: \(owner)\n" + never)
        return vault
    }

    /// Writes the note at its own path, or at `path`.
    @discardableResult
    func write(_ meeting: MeetingNoteFixture, at path: String? = nil) -> String {
        write(path ?? meeting.path, meeting.text)
    }
}
