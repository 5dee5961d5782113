import Foundation

/// A fresh folder under the system temp directory, removed when the test ends.
final class TemporaryFolder {
    let path: String

    init(_ name: String = "meetingfacts") {
        path = (NSTemporaryDirectory() as NSString).appendingPathComponent("\(name)-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func url(_ relative: String) -> String { (path as NSString).appendingPathComponent(relative) }

    @discardableResult
    func write(_ relative: String, _ text: String) -> String {
        let full = url(relative)
        try! FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try! text.write(toFile: full, atomically: false, encoding: .utf8)
        return full
    }

    func read(_ relative: String) -> String? { try? String(contentsOfFile: url(relative), encoding: .utf8) }

    /// Every file below the folder (relative paths), hidden ones included.
    func allFiles() -> [String] {
        let walker = FileManager.default.enumerator(atPath: path)
        var files: [String] = []
        while let next = walker?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: url(next), isDirectory: &isDirectory)
            if !isDirectory.boolValue { files.append(next) }
        }
        return files.sorted()
    }
}
