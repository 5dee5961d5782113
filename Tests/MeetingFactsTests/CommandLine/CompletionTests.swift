import Foundation
import XCTest

/// Shell completions complete paths (the vault, notes, --config, --rules) and the values of
/// --kind and --color; bash is run for real, zsh and fish scripts are read.
final class CompletionTests: XCTestCase {
    /// What bash offers for `line` (the cursor at its end), in a folder holding a small vault.
    private func bashCompletions(_ line: String, in folder: TemporaryFolder) throws -> [String] {
        let script = """
        source <("$1" --generate-completion-script bash)
        COMP_LINE="$2"; read -ra COMP_WORDS <<< "$2"; [[ "$2" == *" " ]] && COMP_WORDS+=("")
        COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_POINT=${#COMP_LINE}; COMPREPLY=()
        _meetingfacts meetingfacts "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf '%s\\n' "${COMPREPLY[@]}"
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script, "bash", MeetingFactsBinary.url.path, line]
        process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).sorted()
    }

    private func folder() -> TemporaryFolder {
        let folder = TemporaryFolder("completion")
        folder.write("Vault/Meetings/2025-10-31 - Sync.md", "x")
        folder.write("Vault/Meetings/notes.txt", "x")
        folder.write("Vault/my-rules/entities/sites.yml", "x")
        folder.write("vault.yml", "x")
        return folder
    }

    func testBashCompletesTheVaultNotesAndConfig() throws {
        let folder = folder()
        XCTAssertEqual(try bashCompletions("meetingfacts run V", in: folder), ["Vault"])
        XCTAssertEqual(try bashCompletions("meetingfacts run Vault Vault/Meetings/", in: folder), ["Vault/Meetings/2025-10-31 - Sync.md"])
        XCTAssertEqual(try bashCompletions("meetingfacts run Vault --config v", in: folder), ["vault.yml"])
        XCTAssertEqual(try bashCompletions("meetingfacts run Vault --rules Vault/m", in: folder), ["Vault/my-rules"])
        XCTAssertEqual(try bashCompletions("meetingfacts extract Vault/Meetings/2", in: folder), ["Vault/Meetings/2025-10-31 - Sync.md"])
        XCTAssertEqual(try bashCompletions("meetingfacts facts V", in: folder), ["Vault"])
    }

    func testBashCompletesKindAndColorValues() throws {
        let folder = folder()
        XCTAssertEqual(try bashCompletions("meetingfacts facts Vault --kind ", in: folder),
                       ["company", "date", "duration", "person", "quantity", "site", "text"])
        XCTAssertEqual(try bashCompletions("meetingfacts facts Vault --kind qu", in: folder), ["quantity"])
        XCTAssertEqual(try bashCompletions("meetingfacts run Vault --color a", in: folder), ["always", "auto"])
    }

    func testZshAndFishScriptsCompletePathsAndKinds() throws {
        let zsh = try MeetingFactsBinary.run(["--generate-completion-script", "zsh"]).stdout
        XCTAssertTrue(zsh.contains("':vault:_files -/'"))
        XCTAssertTrue(zsh.contains("'*:notes:_files -g '\\''*.md'\\'''"))
        XCTAssertTrue(zsh.contains("___kind=('quantity' 'date' 'duration' 'person' 'company' 'site' 'text')"))
        let fish = try MeetingFactsBinary.run(["--generate-completion-script", "fish"]).stdout
        XCTAssertTrue(fish.contains("-l 'kind'"))
        XCTAssertTrue(fish.contains("-rfka 'quantity date duration person company site text'"))
        XCTAssertTrue(fish.contains("__fish_complete_directories"))
    }
}
