import Foundation
import XCTest
@testable import MeetingFacts

final class UnifiedDiffTests: XCTestCase {
    func testNewFileDiffAgainstDevNull() {
        let diff = UnifiedDiff(path: "People/Ann Lee.md", old: nil, new: "a\nb\n").render()
        XCTAssertEqual(diff, """
        diff --git a/People/Ann Lee.md b/People/Ann Lee.md
        new file mode 100644
        --- /dev/null
        +++ b/People/Ann Lee.md
        @@ -0,0 +1,2 @@
        +a
        +b

        """)
    }

    func testChangeWithContextAndSeparateHunks() {
        let old = (1...20).map { "line \($0)" }.joined(separator: "\n") + "\n"
        var lines = (1...20).map { "line \($0)" }
        lines[1] = "line two"
        lines.insert("added", at: 15)
        let diff = UnifiedDiff(path: "x.md", old: old, new: lines.joined(separator: "\n") + "\n").render()
        XCTAssertEqual(diff, """
        diff --git a/x.md b/x.md
        --- a/x.md
        +++ b/x.md
        @@ -1,5 +1,5 @@
         line 1
        -line 2
        +line two
         line 3
         line 4
         line 5
        @@ -13,6 +13,7 @@
         line 13
         line 14
         line 15
        +added
         line 16
         line 17
         line 18

        """)
    }

    func testMissingFinalNewlineIsMarked() {
        let diff = UnifiedDiff(path: "x.md", old: "a\nb", new: "a\nb\nc\n").render()
        XCTAssertEqual(diff, """
        diff --git a/x.md b/x.md
        --- a/x.md
        +++ b/x.md
        @@ -1,2 +1,3 @@
         a
        -b
        \\ No newline at end of file
        +b
        +c

        """)
    }

    /// `git apply` of `diff` in `folder`: its exit status.
    private func gitApply(_ diff: String, in folder: TemporaryFolder) throws -> Int32 {
        folder.write("change.diff", diff)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "apply", "change.diff"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    func testUnchangedFileHasNoDiff() {
        XCTAssertEqual(UnifiedDiff(path: "x.md", old: "same\n", new: "same\n").render(), "")
    }

    func testGitApplyReproducesTheNewFiles() throws {
        let folder = TemporaryFolder()
        folder.write("People/Ann Lee.md", "keep\nold line\nkeep too\nlast")
        let diffs = UnifiedDiff(path: "People/Ann Lee.md", old: "keep\nold line\nkeep too\nlast", new: "keep\nnew line\nkeep too\nlast\n").render()
            + UnifiedDiff(path: "People/Bo Chen.md", old: nil, new: "# Bo Chen\n\r\nbody\n").render()
        XCTAssertEqual(try gitApply(diffs, in: folder), 0)
        XCTAssertEqual(folder.read("People/Ann Lee.md"), "keep\nnew line\nkeep too\nlast\n")
        XCTAssertEqual(folder.read("People/Bo Chen.md"), "# Bo Chen\n\r\nbody\n")
    }

    func testARemovedFileIsADeletionGitApplies() throws {
        let folder = TemporaryFolder()
        folder.write("People/Bea Holm.md", "# Bea Holm\n\nbody")
        var diff = UnifiedDiff(path: "People/Bea Holm.md", old: "# Bea Holm\n\nbody", new: "")
        diff.deleted = true
        let text = diff.render()
        XCTAssertEqual(text, """
            diff --git a/People/Bea Holm.md b/People/Bea Holm.md
            deleted file mode 100644
            --- a/People/Bea Holm.md
            +++ /dev/null
            @@ -1,3 +0,0 @@
            -# Bea Holm
            -
            -body
            \\ No newline at end of file

            """)
        XCTAssertEqual(try gitApply(text, in: folder), 0)
        XCTAssertNil(folder.read("People/Bea Holm.md"))
    }
}
