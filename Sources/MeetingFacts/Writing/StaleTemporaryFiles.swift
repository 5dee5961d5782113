#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The hidden temp files (`.NAME.meetingfacts-PID.tmp`) that `AtomicWriter` leaves behind when its
/// process dies between creating and renaming one — SIGKILL, power loss, OOM killer. Obsidian never
/// shows them (dot files), but they would pile up; a run removes them once it holds the lock.
public enum StaleTemporaryFiles {
    /// The PID in a temp file's name, or nil when the name is not one of ours.
    public static func ownerProcess(ofFileNamed name: String) -> pid_t? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp"),
              let marker = name.range(of: ".meetingfacts-", options: .backwards) else { return nil }
        let digits = name[marker.upperBound..<name.index(name.endIndex, offsetBy: -4)]
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return pid_t(digits)
    }

    /// Removes every temp file below `vaultRoot` whose writing process is gone, skipping hidden
    /// folders as the vault walk does; returns their vault-relative paths. A file of a live
    /// process stays: holding the lock rules out another run here, but a PID alive on this
    /// machine may be a writer we cannot see (another container sharing the folder).
    @discardableResult
    public static func remove(vaultRoot: String) -> [String] {
        var removed: [String] = []
        var folders = [""]
        while let folder = folders.popLast() {
            let absolute = folder.isEmpty ? vaultRoot : vaultRoot + "/" + folder
            guard let stream = opendir(absolute) else { continue }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                let relative = folder.isEmpty ? name : folder + "/" + name
                // readdir's type saves a stat per file, which keeps the no-op run a plain walk.
                var type = entry.pointee.d_type
                if type == UInt8(DT_UNKNOWN) {
                    let status = FileStatus(path: absolute + "/" + name)
                    type = status?.isDirectory == true ? UInt8(DT_DIR) : status?.isRegularFile == true ? UInt8(DT_REG) : type
                }
                if type == UInt8(DT_DIR) {
                    if !name.hasPrefix(".") { folders.append(relative) }
                } else if type == UInt8(DT_REG), let owner = ownerProcess(ofFileNamed: name), !isAlive(owner) {
                    if unlink(absolute + "/" + name) == 0 { removed.append(relative) }
                }
            }
        }
        return removed.sorted()
    }

    /// `kill(pid, 0)` succeeds, or fails only for lack of permission, while the process exists.
    static func isAlive(_ process: pid_t) -> Bool {
        if process == getpid() { return true }
        return kill(process, 0) == 0 || errno == EPERM
    }
}
