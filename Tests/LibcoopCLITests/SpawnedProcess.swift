import Foundation

/// A `libcoop` started in the background with a clean signal state, to be signalled by a test.
///
/// Test runners call from worker threads that block most signals, and a child started by
/// `Process` inherits that mask, so a signal sent to it would stay pending forever. This starts
/// the child with posix_spawn, an empty signal mask and default dispositions, with its output
/// discarded.
struct SpawnedProcess {
    let pid: pid_t

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    init(_ arguments: [String]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
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
        let argv = ([CommandRunner.binary.path] + arguments).map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, CommandRunner.binary.path, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw Failure(description: "cannot start libcoop: \(String(cString: strerror(spawned)))") }
        self.pid = pid
    }

    /// True while the process has not ended (it is not reaped by this).
    var isRunning: Bool {
        var info = siginfo_t()
        return waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info._sifields._sigchld.si_pid == 0
    }

    /// Waits for the end: the exit status, or the signal that ended it.
    func wait() throws -> (status: Int32, signal: Int32?) {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw Failure(description: "waitpid failed: \(errno)") }
        }
        return status & 0x7F == 0 ? ((status >> 8) & 0xFF, nil) : (0, status & 0x7F)
    }
}
