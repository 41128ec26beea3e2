import Glibc

/// Where `--output PATH` sends what a command writes, decided before anything is written.
///
/// An atomic replacement (a temporary file renamed into place) is right for a regular file only:
/// renaming over `/dev/full` or a FIFO would replace the device node or the pipe with a plain file,
/// and renaming over a symlink would replace the link. So:
/// - `-`, `/dev/stdout`, `/dev/fd/1` and `/proc/self/fd/1` mean standard output;
/// - `/dev/stderr` and any other `/dev/fd/N` or `/proc/self/fd/N` mean that open descriptor,
///   written through as it is (a shell's `3>file`);
/// - a path that is (or links to) a device, a FIFO or a socket is opened and written through;
/// - a symlink to a regular file, or one whose target does not exist yet, has its target written
///   atomically, and the link stays;
/// - anything else is written atomically in place.
enum OutputDestination: Equatable {
    case standardOutput
    /// A descriptor this process was given, named through `/dev/fd`, `/proc/self/fd` or `/dev/stderr`.
    case descriptor(Int32)
    /// Written through an ordinary `open(2)`: a device, a FIFO, a socket.
    case passThrough(path: String)
    /// Written atomically beside `path` (a symlink's final target) and renamed over it.
    case replacedFile(path: String)

    /// The destination for the path the user gave.
    static func resolve(_ path: String) -> OutputDestination {
        if path == "-" || path == "/dev/stdout" { return .standardOutput }
        if path == "/dev/stderr" { return .descriptor(STDERR_FILENO) }
        for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
            if let number = Int32(path.dropFirst(prefix.count)), number >= 0 {
                return number == STDOUT_FILENO ? .standardOutput : .descriptor(number)
            }
        }
        var status = stat()
        if stat(path, &status) == 0 {
            let type = status.st_mode & S_IFMT
            if type == S_IFCHR || type == S_IFBLK || type == S_IFIFO || type == S_IFSOCK {
                return .passThrough(path: path)
            }
        }
        return .replacedFile(path: finalTarget(of: path))
    }

    /// Follows symlinks from `path` to the name that is not a link (which may not exist yet). A
    /// relative link target is taken from the link's directory. Gives up after 40 links, as the
    /// kernel does, leaving the last name for the write to fail on.
    static func finalTarget(of path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length > 0 else { return current }
            let target = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if target.hasPrefix("/") {
                current = target
            } else if let slash = current.lastIndex(of: "/") {
                current = String(current[...slash]) + target
            } else {
                current = target
            }
        }
        return current
    }
}
