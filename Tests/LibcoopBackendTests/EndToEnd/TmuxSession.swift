import CNcurses
import Foundation
import LibcoopRender
import LibcoopTestSupport

/// A private tmux server with one window, driven like a user would: send keys, read the screen.
///
/// Each session uses its own socket (`tmux -L libcoop-test-<pid>-<n>`) and no configuration
/// file, so tests neither see nor disturb the user's tmux, and `close()` kills the server.
/// Everything that waits polls the screen with a timeout instead of sleeping a fixed time.
final class TmuxSession {
    let socket: String
    private(set) var isClosed = false

    nonisolated(unsafe) private static var counter = 0
    private static let counterLock = NSLock()

    /// Starts `command` (run by `/bin/sh -c`) in a detached window of `width` × `height`.
    init(width: Int, height: Int, command: String, environment: [String: String] = [:]) throws {
        let number = TmuxSession.counterLock.withLock { () -> Int in
            TmuxSession.counter += 1
            return TmuxSession.counter
        }
        socket = "libcoop-test-\(getpid())-\(number)"
        var shellCommand = command
        if !environment.isEmpty {
            let assignments = environment.map { "\($0.key)=\(TmuxSession.quote($0.value))" }.joined(separator: " ")
            shellCommand = "env \(assignments) \(command)"
        }
        try TmuxSession.execute(["new-session", "-d", "-x", String(width), "-y", String(height), "-s", "test", shellCommand],
                                socket: socket, captureOutput: false)
        // Keep the window at the requested size whatever clients do, and keep the pane after
        // its command ends so its state can still be read.
        try run(["set-option", "-g", "remain-on-exit", "on"])
    }

    deinit {
        close()
    }

    /// Kills the tmux server.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        _ = try? run(["kill-server"])
    }

    /// Whether tmux can be run at all.
    static var isAvailable: Bool {
        (try? TmuxSession.execute(["-V"], socket: nil)) != nil
    }

    // MARK: - Driving

    /// Sends tmux key names (`Down`, `C-c`, `F10`, `BTab`, …).
    func sendKeys(_ keys: String...) throws {
        try run(["send-keys", "-t", "test"] + keys)
    }

    /// Types `text` literally (UTF-8, as an IME would commit it).
    func type(_ text: String) throws {
        try run(["send-keys", "-t", "test", "-l", text])
    }

    /// Resizes the window.
    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", "test", "-x", String(width), "-y", String(height)])
    }

    /// The visible screen, one string per row (tmux trims trailing spaces).
    func screen() throws -> [String] {
        try run(["capture-pane", "-p", "-t", "test"]).components(separatedBy: "\n").dropLast().map { $0 }
    }

    /// The visible screen with escape sequences for colours and attributes.
    func screenWithAttributes() throws -> String {
        try run(["capture-pane", "-p", "-e", "-t", "test"])
    }

    /// A tmux format, such as `#{alternate_on}`, expanded for the pane.
    func format(_ format: String) throws -> String {
        try run(["display-message", "-p", "-t", "test", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen until `predicate` holds, or returns nil after `timeout`.
    @discardableResult
    func waitForScreen(timeout: Duration = .seconds(20), _ predicate: ([String]) -> Bool) throws -> [String]? {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while true {
            let lines = try screen()
            if predicate(lines) { return lines }
            if ContinuousClock.now >= deadline { return nil }
            usleep(30_000)
        }
    }

    /// Polls until the screen contains `text`; returns the screen, or nil after `timeout`.
    @discardableResult
    func waitFor(_ text: String, timeout: Duration = .seconds(20)) throws -> [String]? {
        try waitForScreen(timeout: timeout) { $0.contains { $0.contains(text) } }
    }

    /// Polls until the tmux format `format` expands to `value`; false after `timeout`.
    func waitForFormat(_ format: String, toBe value: String, timeout: Duration = .seconds(20)) throws -> Bool {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while try self.format(format) != value {
            if ContinuousClock.now >= deadline { return false }
            usleep(30_000)
        }
        return true
    }

    // MARK: - Running tmux

    /// Runs a tmux command (`kill-pane`, `pipe-pane`, …) against this session's server.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        try TmuxSession.execute(arguments, socket: socket)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    @discardableResult
    private static func execute(_ arguments: [String], socket: String?, captureOutput: Bool = true) throws -> String {
        var all = ["tmux", "-u", "-f", "/dev/null"]
        if let socket { all += ["-L", socket] }
        let result = try ChildProcess.run(all + arguments, environment: environment, discardOutput: !captureOutput)
        guard result.status == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.errors)")
        }
        return result.output
    }

    /// The environment to run tmux in (and so the programs under test): a UTF-8 locale, outside
    /// any tmux the tests themselves run in.
    static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        // `swift test` sets NO_COLOR=1 for its own output; the programs under test must not
        // inherit it (a test that wants it sets it for its own command).
        environment.removeValue(forKey: "NO_COLOR")
        // A developer's own config.toml must not change what the tests see; a test that wants a
        // config file points XDG_CONFIG_HOME at its own in its command.
        environment["XDG_CONFIG_HOME"] = "/nonexistent/libcoop-tests"
        // Nor a snapshot in the developer's cache.
        environment["XDG_CACHE_HOME"] = CommandRunner.testCacheHome
        return environment
    }

    /// `value` quoted for sh.
    static func quote(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// Widths as the terminal (tmux) sees them: libc's `wcwidth` per scalar in a UTF-8 locale. A
/// captured screen line must be measured this way, not with the grid's measure: where the two
/// disagree the backend pads (an emoji with U+FE0F is one column plus a space for the terminal).
enum TerminalWidth {
    private static let localeReady: Bool = {
        setlocale(LC_CTYPE, "C.UTF-8")
        return true
    }()

    static func of(_ character: Character) -> Int {
        _ = localeReady
        return character.unicodeScalars.reduce(0) { $0 + max(0, Int(libcoop_wcwidth($1.value))) }
    }

    static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }
}

extension String {
    /// The terminal width of this captured screen line.
    var terminalWidth: Int { TerminalWidth.of(self) }

    /// The character whose cell starts at terminal column `column` of this captured screen line,
    /// or nil when that column is the second half of a wide character or past the end.
    func character(atColumn column: Int) -> Character? {
        var position = 0
        for character in self {
            if position == column { return character }
            position += TerminalWidth.of(character)
            if position > column { return nil }
        }
        return nil
    }
}
