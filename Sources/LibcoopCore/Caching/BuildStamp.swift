import Glibc

/// Which libcoop executable is running: a hash of the device, inode, size and modification time
/// of `/proc/self/exe`.
///
/// A snapshot records the build that wrote it and is read only by that build. That build
/// validated the dataset before keeping it, and its checksums catch any change to the file since,
/// so reading the snapshot does not validate it again (at a million staff that is a fifth of the
/// work). A new or rebuilt libcoop, whose checks may be stricter, reads the dataset files again
/// and keeps its own snapshot. Where the executable cannot be found the stamp is random: nothing
/// kept by one run is then read by another.
enum BuildStamp {
    static let current: UInt64 = {
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return UInt64.random(in: .min ... .max) }
        let text = "\(status.st_dev) \(status.st_ino) \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
        return Array(text.utf8).withUnsafeBufferPointer { FileFingerprint($0).hash }
    }()
}
