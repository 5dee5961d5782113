import Foundation
import XCTest

/// Paths of the repository and of the shared data beside it, found from this file's location.
enum RepositoryPaths {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static var corpus: String { root + "/corpus" }
    static var demoVault: String { corpus + "/demo-vault" }
    /// `../shared` next to the repository (read-only data used by path, never copied).
    static var shared: String { (root as NSString).deletingLastPathComponent + "/shared" }
    static var vaultSample: String { shared + "/data/vault-sample/Transcripts" }
    /// The whole vault-sample folder (its notes are under Transcripts/).
    static var vaultSampleRoot: String { shared + "/data/vault-sample" }

    /// Skips the calling test when `../shared/data/vault-sample` is not beside the repository (a
    /// clone on its own); CI lays it beside the clone, so there the test runs.
    static func requireVaultSample() throws {
        if !FileManager.default.fileExists(atPath: vaultSample) { throw XCTSkip("no vault-sample at \(vaultSample)") }
    }

    /// A copy of `source` in a fresh temporary folder (removed with the returned folder).
    static func copy(_ source: String) -> TemporaryFolder {
        let folder = TemporaryFolder("vault")
        let files = FileManager.default.enumerator(atPath: source)
        while let relative = files?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: source + "/" + relative, isDirectory: &isDirectory)
            if isDirectory.boolValue { continue }
            let target = folder.url(relative)
            try? FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try? FileManager.default.copyItem(atPath: source + "/" + relative, toPath: target)
        }
        return folder
    }
}
