/// What a vault holds, sorted: meeting notes (parsed), person notes, the files ignored, and the
/// problems met on the way — a bad file is reported and the scan goes on.
public struct VaultScan: Sendable {
    public var meetingNotes: [MeetingNote] = []
    public var personNotes: [PersonNote] = []
    /// Vault-relative paths of Markdown files that are neither.
    public var ignored: [String] = []
    public var diagnostics: [Diagnostic] = []
}
