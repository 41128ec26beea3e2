import Glibc

/// A directory only its owner can enter (`mkdtemp`, mode 0700), for files other users of a shared
/// server must not read: the record being edited, a recovery copy. Files in it are created with
/// `O_EXCL | O_NOFOLLOW` at mode 0600, so a name planted in advance is never followed or reused.
public struct PrivateDirectory: Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public let path: String

    /// Creates `$TMPDIR/<prefix>XXXXXX` (or under /tmp).
    public static func make(prefix: String) throws(Failure) -> PrivateDirectory {
        let base = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base.hasSuffix("/") ? base : base + "/").utf8CString.dropLast()) + Array("\(prefix)XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            throw Failure(description: "cannot create a private directory in \(base): \(String(cString: strerror(errno)).lowercased())")
        }
        return PrivateDirectory(path: String(cString: made))
    }

    /// Creates the file `name` in the directory, mode 0600, holding `bytes`; returns its path.
    @discardableResult
    public func createFile(named name: String, contents bytes: [UInt8]) throws(Failure) -> String {
        let filePath = path + "/" + name
        let descriptor = open(filePath, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Failure(description: "cannot create \(filePath): \(String(cString: strerror(errno)).lowercased())") }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "cannot write \(filePath): \(String(cString: strerror(errno)).lowercased())")
            }
            offset += written
        }
        fsync(descriptor)
        return filePath
    }

    /// Replaces the contents of `name` (already made by `createFile`) with `bytes`.
    public func replaceFile(named name: String, contents bytes: [UInt8]) throws(Failure) {
        unlink(path + "/" + name)
        try createFile(named: name, contents: bytes)
    }

    /// Removes the directory and the files in it (it holds no subdirectories).
    public func remove() {
        guard let directory = opendir(path) else { return }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name != "." && name != ".." { unlink(path + "/" + name) }
        }
        closedir(directory)
        rmdir(path)
    }
}
