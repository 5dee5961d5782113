/// White-space trimming without Foundation, for the reader's line handling.
extension StringProtocol {
    func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    func trimmingTrailingWhitespace() -> String {
        String(String(reversed().drop(while: \.isWhitespace)).reversed())
    }
}
