import Foundation
import XCTest

/// The library's folders are layers with one dependency direction (docs/ARCHITECTURE.md): a file
/// may use the types of its own folder and of the folders below it, never of one above. A
/// wrong-way reference — `Extraction/` naming a `People/` type, say — fails here, naming the file,
/// the line and the type.
final class LayeringTests: XCTestCase {
    /// Lowest first. Support, Diagnostics and Rules are below the pipeline; Evaluation, Pipeline
    /// and Run drive it.
    static let layers = ["Support", "Diagnostics", "Rules", "Reading", "Extraction", "People", "Facts",
                         "PersonNotes", "Writing", "State", "Pipeline", "Evaluation", "Run"]

    func testEveryFolderIsALayer() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: LayeringTests.sources).filter { !$0.hasPrefix(".") }
        XCTAssertEqual(Set(folders), Set(LayeringTests.layers))
    }

    func testNoFolderUsesATypeOfALayerAboveIt() throws {
        let files = try LayeringTests.swiftFiles()
        var declaredIn: [String: Int] = [:]
        for file in files {
            for name in LayeringTests.declaredTypes(in: file.code) { declaredIn[name] = file.layer }
        }
        var wrongWay: [String] = []
        for file in files {
            for (number, line) in file.code.enumerated() {
                for word in LayeringTests.identifiers(in: line) {
                    guard let layer = declaredIn[word], layer > file.layer else { continue }
                    wrongWay.append("\(file.path):\(number + 1): \(LayeringTests.layers[file.layer]) uses \(word) of \(LayeringTests.layers[layer])")
                }
            }
        }
        XCTAssertEqual(wrongWay, [])
    }

    func testAWrongWayReferenceIsCaught() {
        let code = ["struct Extractor {", "    let directory: PersonDirectory", "}"]
        XCTAssertEqual(LayeringTests.identifiers(in: code[1]), ["PersonDirectory"])
        XCTAssertEqual(LayeringTests.declaredTypes(in: ["public struct PersonDirectory: Sendable {"]), ["PersonDirectory"])
    }

    // MARK: - Reading the sources

    static let sources = RepositoryPaths.root + "/Sources/MeetingFacts"

    struct SourceFile {
        var path: String
        var layer: Int
        /// The lines with comments and string literals blanked.
        var code: [String]
    }

    static func swiftFiles() throws -> [SourceFile] {
        var files: [SourceFile] = []
        for (layer, folder) in layers.enumerated() {
            let root = sources + "/" + folder
            guard let walker = FileManager.default.enumerator(atPath: root) else { continue }
            for case let relative as String in walker where relative.hasSuffix(".swift") {
                let text = try String(contentsOfFile: root + "/" + relative, encoding: .utf8)
                files.append(SourceFile(path: folder + "/" + relative, layer: layer, code: text.components(separatedBy: "\n").map(withoutCommentsAndStrings)))
            }
        }
        return files
    }

    static func withoutCommentsAndStrings(_ line: String) -> String {
        var code = line
        if let comment = code.range(of: "//") { code = String(code[..<comment.lowerBound]) }
        return code.replacingOccurrences(of: #""[^"]*""#, with: "\"\"", options: .regularExpression)
    }

    static func declaredTypes(in code: [String]) -> [String] {
        // Top-level declarations only: nested types (`Kind`, `Entry`) are reached through their owner.
        let pattern = #"^(?:(?:public|private|fileprivate|internal|final|indirect)\s+)*(?:struct|class|enum|protocol|actor|typealias)\s+([A-Z]\w*)"#
        return code.compactMap { line in
            guard let match = line.range(of: pattern, options: .regularExpression) else { return nil }
            let declaration = line[match]
            return declaration.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "<" }).last.map(String.init)
        }
    }

    static func identifiers(in line: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in line {
            if character.isLetter || character.isNumber || character == "_" {
                current.append(character)
            } else {
                if let first = current.first, first.isUppercase { words.append(current) }
                current = ""
            }
        }
        if let first = current.first, first.isUppercase { words.append(current) }
        return words
    }
}
