import CTerminalGuard
import Glibc

/// What happens when the program crashes (a fault, a Swift trap, or a crash signal sent from
/// outside): the terminal is given back, the Swift runtime's backtracer writes its report to a
/// file, one line on standard error names the file, and the process dies of the signal at once.
///
/// The handlers are C (`crash_report.c` in CTerminalGuard), as a handler must not touch the Swift
/// runtime; this type prepares, in advance, everything they need. The backtracer reads its
/// settings from `SWIFT_BACKTRACE` when the program starts, so the program that sets them has to
/// start itself again (`libcoop`'s `CrashReportSetup`); `configure` only says where the report
/// goes and what the message is.
public enum CrashReport {
    /// Installs the crash handlers and sets the report file and the message. `folders` are the
    /// report's folder and its parents, created (parents first) only when a crash happens.
    /// `messageHead` and `messageTail` surround the signal's name (`SIGSEGV`) and are written as
    /// they are, so they must already be safe to show; `unsavedTail` replaces `messageTail` when
    /// the file cannot be created. Without a `file`, the handler that was there before (the
    /// backtracer as the user set it up) runs only if `callBacktracerWithoutReport`.
    public static func configure(folders: [String], file: String?, messageHead: String, messageTail: String,
                                 unsavedTail: String, callBacktracerWithoutReport: Bool) {
        ccr_install()
        var list: [UInt8] = []
        for folder in folders {
            list += Array(folder.utf8) + [0]
        }
        list.append(0)
        _ = list.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { folderList in
                ccr_configure(folderList.baseAddress, folderList.count, file, messageHead, messageTail, unsavedTail,
                              callBacktracerWithoutReport ? 1 : 0)
            }
        }
    }
}
