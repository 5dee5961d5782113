import Foundation
import XCTest

/// Each C library has one Swift module that touches its API: PCRE2 (`Sources/PCRE2`) and
/// Vectorscan (`Sources/Vectorscan`). Any other file importing the C module fails here by path.
final class CLibraryBoundaryTests: XCTestCase {
    func testOnlyTheirOwnModulesImportTheCLibraries() throws {
        let sources = RepositoryPaths.root + "/Sources"
        var wrong: [String] = []
        let walker = FileManager.default.enumerator(atPath: sources)
        while let relative = walker?.nextObject() as? String {
            guard relative.hasSuffix(".swift") else { continue }
            let text = try String(contentsOfFile: sources + "/" + relative, encoding: .utf8)
            for (module, owner) in [("CPCRE2", "PCRE2/"), ("CVectorscan", "Vectorscan/")]
            where text.contains("import \(module)\n") && !relative.hasPrefix(owner) {
                wrong.append("\(relative) imports \(module)")
            }
        }
        XCTAssertEqual(wrong, [])
    }
}
