import Foundation

/// Moves a person note's links from one meeting note to another: when the canonical note of a
/// meeting is deleted, the lines citing it cite the copy that takes over (`[[old]]`, `[[old|…]]`).
enum MeetingLinkMover {
    static func move(from old: String, to new: String, in text: String) -> String {
        text.replacingOccurrences(of: "[[\(old)]]", with: "[[\(new)]]")
            .replacingOccurrences(of: "[[\(old)|", with: "[[\(new)|")
    }
}
