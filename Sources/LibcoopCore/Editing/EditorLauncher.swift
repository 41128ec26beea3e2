import Glibc

/// Runs the user's editor on a file with the terminal, as git and kubectl do: `$VISUAL`, else
/// `$EDITOR`, else `vi`, through `sh -c '<editor> "$1"'`, so an editor given with arguments
/// (`code --wait`) works and the file name is never parsed by the shell. libcoop ignores Ctrl-C
/// and Ctrl-\ while the editor runs (the editor gets them).
public enum EditorLauncher {
    /// The editor command for `environment`.
    public static func editorCommand(environment: [String: String]) -> String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name], !value.trimmingWhitespace.isEmpty { return value }
        }
        return "vi"
    }

    /// Runs `command` on `file` and waits for it; returns its exit status (128 + n when a signal
    /// ended it), or throws when the shell cannot be started.
    public static func run(_ command: String, on file: String) throws(PrivateDirectory.Failure) -> Int32 {
        let arguments = ["sh", "-c", command + " \"$1\"", "libcoop-edit", file]
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGQUIT)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        let previousInterrupt = signal(SIGINT, SIG_IGN)
        let previousQuit = signal(SIGQUIT, SIG_IGN)
        defer {
            signal(SIGINT, previousInterrupt)
            signal(SIGQUIT, previousQuit)
        }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, "/bin/sh", nil, &attributes, argv, environ)
        guard spawned == 0 else {
            throw PrivateDirectory.Failure(description: "cannot start the editor: \(String(cString: strerror(spawned)).lowercased())")
        }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 {
            guard errno == EINTR else { return 1 }
        }
        let signalNumber = status & 0x7F
        return signalNumber == 0 ? (status >> 8) & 0xFF : 128 + signalNumber
    }
}
