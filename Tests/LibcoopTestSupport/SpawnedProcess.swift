import Foundation

/// A program started in the background with a clean signal state, to be waited for or signalled
/// by a test.
///
/// Test runners call from worker threads that block most signals, and a child started by
/// `Process` inherits that mask: a signal sent to it would stay pending forever, and a tmux server
/// started that way can neither be stopped by `kill-server` (SIGTERM blocked) nor notice its
/// panes' exits (SIGCHLD blocked). So the child is started with posix_spawn, an empty signal mask
/// and default dispositions. Its output goes to files (a pipe would be held open by a
/// daemonising server), `/dev/null` unless told otherwise.
public struct SpawnedProcess: Sendable {
    public let pid: pid_t

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Starts `arguments[0]` (searched in PATH unless it holds a `/`) with the rest as its
    /// arguments, in `environment` (this process's when nil); standard input is `/dev/null`.
    public init(_ arguments: [String], environment: [String: String]? = nil,
                output: String = "/dev/null", errors: String = "/dev/null") throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let environmentStrings = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environmentStrings.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw Failure(description: "cannot start \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        self.pid = pid
    }

    /// True while the process has not ended (it is not reaped by this).
    public var isRunning: Bool {
        var info = siginfo_t()
        return waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info._sifields._sigchld.si_pid == 0
    }

    /// Waits for the end: the exit status, or the signal that ended it.
    public func wait() throws -> (status: Int32, signal: Int32?) {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw Failure(description: "waitpid failed: \(errno)") }
        }
        return status & 0x7F == 0 ? ((status >> 8) & 0xFF, nil) : (0, status & 0x7F)
    }
}
