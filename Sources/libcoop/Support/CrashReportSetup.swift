import Glibc
import LibcoopApp
import LibcoopBackend
import LibcoopRender

/// Makes a crash end with the terminal given back, a report in a file and one line naming it,
/// instead of the Swift backtracer's interactive prompt (which waits 30 s for a key, offers a
/// debugger, and for a crash signal sent from outside lets the program carry on afterwards).
///
/// The backtracer reads `SWIFT_BACKTRACE` once, when the program starts. So the very first thing
/// `libcoop` does, when `SWIFT_BACKTRACE` is not set, is to set it (no interaction, no colour, the
/// report to a file) and start itself again with the same arguments (`execv` of
/// `/proc/self/exe`; the process id stays the same). The file is
/// `$XDG_STATE_HOME/libcoop/crash-<UTC time>-<pid>.txt` (`~/.local/state/libcoop` by default),
/// created, with its folders, only when a crash happens. Someone who sets `SWIFT_BACKTRACE`
/// themselves gets the backtracer as they set it up, no restart, and no file of ours.
enum CrashReportSetup {
    /// Carries the report's path into the restarted program (and tells it not to restart again).
    static let reportVariable = "LIBCOOP_CRASH_REPORT"

    private nonisolated(unsafe) static var reportFile: String?
    private nonisolated(unsafe) static var userBacktracer = false

    /// Restarts the program with the backtracer set up, or, in the restarted program, installs
    /// the crash handlers with the message in the language of the environment. Returns only when
    /// there is nothing to restart.
    static func prepare() {
        let marked = getenv(reportVariable).map { String(cString: $0) }
        unsetenv(reportVariable)
        let backtrace = getenv("SWIFT_BACKTRACE").map { String(cString: $0) }
        if let marked, !marked.isEmpty, backtrace?.hasSuffix(",output-to=\(marked)") == true {
            // The restarted program: the backtracer was set up by the first one.
            reportFile = marked
        } else if backtrace != nil {
            userBacktracer = true
        } else if let file = newReportFile(), let backtracer = backtracerSetting() {
            setenv("SWIFT_BACKTRACE", "enable=yes,interactive=no,color=no,\(backtracer)output-to=\(file)", 1)
            setenv(reportVariable, file, 1)
            // The program's own path, not /proc/self/exe, so `ps` and `pgrep` still call it libcoop.
            execv(ExecutablePath.current(), CommandLine.unsafeArgv)
            // Not restarted (no /proc): no report, but no prompt either.
            unsetenv("SWIFT_BACKTRACE")
            unsetenv(reportVariable)
        }
        setLanguage(environmentLanguage())
    }

    /// Sets the crash message's language (the browser's `--lang`).
    static func setLanguage(_ language: Language) {
        let shownFile = reportFile.map(TerminalText.sanitized)
        let head = language.pick("libcoop 崩溃了（", "libcoop crashed (")
        let tail: String
        let unsavedTail: String
        if let shownFile {
            tail = language.pick("）。完整报告已保存到 \(shownFile)\n", "). The full report is saved in \(shownFile)\n")
            unsavedTail = language.pick("）。无法把报告保存到 \(shownFile)\n", "). The report could not be saved in \(shownFile)\n")
        } else {
            tail = language.pick("）。\n", ").\n")
            unsavedTail = tail
        }
        let folders = reportFile.map { folderAndParents(of: $0.deletingLastComponent) } ?? []
        CrashReport.configure(folders: folders, file: reportFile, messageHead: head, messageTail: tail,
                              unsavedTail: unsavedTail, callBacktracerWithoutReport: userBacktracer)
    }

    /// `$XDG_STATE_HOME/libcoop/crash-<time>-<pid>.txt`, or under `~/.local/state`; nil when
    /// there is no absolute folder to use, or the path has a comma (which `SWIFT_BACKTRACE`
    /// cannot carry).
    private static func newReportFile() -> String? {
        let state: String
        if let value = getenv("XDG_STATE_HOME").map({ String(cString: $0) }), value.hasPrefix("/") {
            state = value
        } else if let home = getenv("HOME").map({ String(cString: $0) }), home.hasPrefix("/") {
            state = (home == "/" ? "" : home) + "/.local/state"
        } else {
            return nil
        }
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        var stamp = [CChar](repeating: 0, count: 32)
        strftime(&stamp, stamp.count, "%Y%m%dT%H%M%SZ", &parts)
        let time = String(decoding: stamp.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let file = "\(state)/libcoop/crash-\(time)-\(getpid()).txt"
        return file.contains(",") ? nil : file
    }

    /// Where the backtracer is, as a `SWIFT_BACKTRACE` setting: `swift-backtrace=PATH,` for a copy
    /// installed with its own (`<prefix>/libexec/libcoop/swift-backtrace-static`, which
    /// `scripts/install.sh` and the packages put beside a binary whose Swift runtime is linked in
    /// statically and so has no toolchain to find one in); empty when the runtime is the
    /// toolchain's and finds the toolchain's backtracer; nil when there is none to ask for (a
    /// static binary copied on its own), so the runtime is not asked for one it would complain
    /// it cannot find on every start.
    private static func backtracerSetting() -> String? {
        let bundled = ExecutablePath.current().deletingLastComponent.deletingLastComponent
            + "/libexec/libcoop/swift-backtrace-static"
        if access(bundled, X_OK) == 0, !bundled.contains(",") { return "swift-backtrace=\(bundled)," }
        return swiftRuntimeIsShared() ? "" : nil
    }

    /// Whether the Swift runtime was loaded from a shared library (the toolchain's), read from the
    /// process's memory map.
    private static func swiftRuntimeIsShared() -> Bool {
        guard let maps = fopen("/proc/self/maps", "r") else { return true }
        defer { fclose(maps) }
        var line = [CChar](repeating: 0, count: 4096)
        while fgets(&line, Int32(line.count), maps) != nil {
            if strstr(line, "libswiftCore.so") != nil { return true }
        }
        return false
    }

    /// `/a/b/c` → `/a`, `/a/b`, `/a/b/c`.
    private static func folderAndParents(of folder: String) -> [String] {
        var result: [String] = []
        var path = ""
        for component in folder.split(separator: "/") {
            path += "/" + component
            result.append(path)
        }
        return result
    }

    private static func environmentLanguage() -> Language {
        var environment: [String: String] = [:]
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        return Language.fromEnvironment(environment)
    }
}

private extension String {
    /// The path without its last component (`/a/b/c.txt` → `/a/b`).
    var deletingLastComponent: String {
        guard let slash = lastIndex(of: "/") else { return "" }
        return String(self[..<slash])
    }
}
