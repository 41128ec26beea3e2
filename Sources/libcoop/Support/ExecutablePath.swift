import Glibc

/// The running program's file, as the kernel knows it (`/proc/self/exe`), whatever it was started
/// as: `libcoop` found on `PATH` has no folder in `argv[0]`, so only this path says where an
/// installed copy keeps its data (`<prefix>/share/libcoop`).
enum ExecutablePath {
    /// The resolved path of the running executable; `fallback` when `/proc` cannot say.
    static func current(fallback: String = "/proc/self/exe") -> String {
        var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = buffer.withUnsafeMutableBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { readlink("/proc/self/exe", $0.baseAddress!, $0.count - 1) }
        }
        guard length > 0 else { return fallback }
        return String(decoding: buffer[..<length], as: UTF8.self)
    }
}
