import CNcurses
import CTerminalGuard
import Glibc
import LibcoopRender

/// The terminal, driven through ncurses: the only code in libcoop that talks to it.
///
/// - `init(options:)` takes over the terminal (alternate screen, no echo, keys one by one,
///   mouse reporting) or throws a `TerminalStartError` with a message and exit status;
/// - `draw(_:)` shows a grid; only changed cells are handed to ncurses, which sends only what
///   changed on screen;
/// - `nextEvent(timeout:)` blocks in poll(2) — no CPU is used while idle — and returns keys,
///   mouse events and resizes;
/// - `stop()` (also run by `deinit`) gives the terminal back. SIGINT, SIGTERM, SIGHUP, SIGQUIT,
///   crashes and `exit()` give it back too (see the CTerminalGuard module); Ctrl-Z suspends and
///   `fg` resumes with a full repaint.
///
/// Only one backend can be active at a time, and it must be used from one thread; `wake()` may
/// be called from any thread.
public final class NcursesBackend: TerminalBackend {
    /// Choices for starting the terminal.
    public struct Options: Hashable, Sendable {
        /// No colour even if the terminal has some (`--no-color`); `NO_COLOR` is honoured too.
        public var noColor: Bool
        /// Whether to ask the terminal for mouse clicks and wheel turns.
        public var mouse: Bool
        /// How long a lone ESC waits for the rest of an escape sequence, in milliseconds.
        public var escapeDelayMilliseconds: Int
        /// How wide the terminal draws East Asian Ambiguous characters; nil asks the terminal
        /// (`AmbiguousWidthProbe`), `.wide` is what `--ascii` forces.
        public var ambiguousWidth: AmbiguousWidth?

        /// Options; by default colour if available, mouse on, 25 ms escape delay, the ambiguous
        /// width measured.
        public init(noColor: Bool = false, mouse: Bool = true, escapeDelayMilliseconds: Int = 25,
                    ambiguousWidth: AmbiguousWidth? = nil) {
            self.noColor = noColor
            self.mouse = mouse
            self.escapeDelayMilliseconds = escapeDelayMilliseconds
            self.ambiguousWidth = ambiguousWidth
        }
    }

    /// The screen size in cells.
    public private(set) var size: Size
    /// The colours in use, after `NO_COLOR` and `--no-color`.
    public let colorCapability: ColorCapability
    /// Whether the terminal reports mouse events.
    public let mouseEnabled: Bool
    /// How wide the terminal draws East Asian Ambiguous characters, as measured at start-up (or
    /// as the options forced): bind `AmbiguousWidth.$current` to it for drawing.
    public let ambiguousWidth: AmbiguousWidth

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let decoder: InputDecoder
    private var colorPairs: ColorPairTable
    private var lastFrame: Grid?
    /// How many `sendingOutput` calls are under way (they nest: a frame drawn inside another).
    private var outputDepth = 0
    /// How many bytes typed during the start-up probe are given back (ncurses's input queue
    /// holds 137).
    static let typedAheadKept = 128
    private var pending: [InputEvent] = []
    private var cursorVisible: Bool?
    private var stopped = false
    private var terminalHungUp = false
    /// Whether the start-up probe gave up waiting: its answer may still come and must not be read as keys.
    private var awaitingLateReport = false
    /// The part of a report the probe's deadline cut short, which the rest must follow.
    private var lateReportStart: [RawInput] = []

    /// Takes over the terminal on standard input and output.
    /// - Throws: `TerminalStartError` when there is no terminal, it cannot be driven, no UTF-8
    ///   locale exists, or a backend is already active. The terminal is left untouched then.
    public init(options: Options = Options()) throws(TerminalStartError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        guard let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty else { throw .noTerminalType }
        try NcursesBackend.selectUTF8Locale()
        guard ctg_claim() != 0 else { throw .alreadyActive }

        NcursesBackend.preferKernelSize()
        // The guard's handlers go in first, so ncurses keeps them instead of installing its own.
        ctg_install(STDOUT_FILENO)
        guard let screen = newterm(nil, libcoop_stdout(), libcoop_stdin()) else {
            ctg_uninstall()
            ctg_release()
            throw .unknownTerminal(term)
        }
        self.screen = screen
        guard let window = libcoop_stdscr() else { fatalError("ncurses started without a screen") }
        self.window = window
        guard NcursesBackend.capability("cup") != nil else {
            endwin()
            delscreen(screen)
            ctg_uninstall()
            ctg_release()
            throw .unsupportedTerminal(term)
        }
        // From here on, every way out restores the terminal.
        NcursesBackend.armGuard()
        // Asked once the terminal is known to be usable (nothing is sent to a dumb or unknown one),
        // and before ncurses reads input: it would take the answer for keys.
        var typedAhead: [UInt8] = []
        if let forced = options.ambiguousWidth {
            ambiguousWidth = forced
        } else {
            let measured = AmbiguousWidthProbe.measure(input: STDIN_FILENO, output: STDOUT_FILENO)
            ambiguousWidth = measured.width ?? .narrow
            awaitingLateReport = measured.width == nil
            lateReportStart = measured.cutReport.map { .character(UInt32($0)) }
            typedAhead = measured.typedAhead
        }

        cbreak()  // keys one by one; Ctrl-C, Ctrl-Z, Ctrl-\ stay signals
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        nodelay(window, true)  // nextEvent waits in poll(2), ncurses never blocks
        set_escdelay(Int32(options.escapeDelayMilliseconds))
        NcursesBackend.disableFlowControl()
        def_prog_mode()

        let noColorEnvironment = getenv("NO_COLOR").map { String(cString: $0) }
        // COLORS is only set by start_color(), so read the terminal description's count.
        colorCapability = ColorCapability.resolve(
            terminalHasColors: has_colors(), colors: max(0, Int(tigetnum("colors"))),
            noColorEnvironment: noColorEnvironment, noColorOption: options.noColor)
        if colorCapability != .monochrome {
            start_color()
            use_default_colors()
        }
        colorPairs = ColorPairTable(colorPairs: colorCapability == .monochrome ? 0 : Int(libcoop_color_pairs()))

        var mouseOn = false
        if options.mouse, NcursesBackend.capability("kmous") != nil {
            mouseOn = mousemask(mmask_t(MouseMasks.ncurses.all), nil) != 0
            mouseinterval(0)  // report presses at once, no click detection delay
        }
        mouseEnabled = mouseOn

        var extraKeys: [Int32: KeyEvent] = [:]
        for (name, event) in KeyCodeTable.modifiedKeyCapabilities() {
            guard let sequence = NcursesBackend.capability(name) else { continue }
            let code = key_defined(sequence)
            if code > 0 { extraKeys[code] = event }
        }
        decoder = InputDecoder(extraKeyCodes: extraKeys)
        // Keys the probe read are given back to ncurses, first key last (each goes in front),
        // as many as its input queue holds: a user who types as the program starts loses none.
        let keys = TypedAheadKeys.keys(from: Array(typedAhead.prefix(NcursesBackend.typedAheadKept))) { sequence in
            // Key sequences are ASCII; a C string stops at a zero byte.
            guard sequence.allSatisfy({ $0 > 0 && $0 < 0x80 }) else { return nil }
            let code = key_defined(String(decoding: sequence, as: UTF8.self))
            return code > 0 ? code : nil
        }
        for key in keys.reversed() {
            ungetch(key)
        }

        size = Size(width: Int(libcoop_cols()), height: Int(libcoop_lines()))
        clearok(window, true)
    }

    deinit {
        stop()
    }

    /// Gives the terminal back: mouse reporting off, cursor shown, attributes reset, the
    /// alternate screen left and the original terminal modes restored. Safe to call twice.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        if mouseEnabled { mousemask(0, nil) }
        curs_set(1)
        endwin()
        ctg_set_active(0)
        delscreen(screen)
        ctg_uninstall()
        ctg_release()
    }

    /// Gives the terminal to another program (the user's editor) while `body` runs: full-screen
    /// mode left as `stop()` leaves it (mouse off, cursor shown, shell modes, primary screen, the
    /// guard disarmed so a signal writes nothing over the other program), then taken back with a
    /// full repaint, as after Ctrl-Z and `fg`.
    public func suspended<Value>(_ body: () throws -> Value) rethrows -> Value {
        guard !stopped else { return try body() }
        if mouseEnabled { mousemask(0, nil) }
        curs_set(1)
        cursorVisible = true
        endwin()
        ctg_set_active(0)
        defer { resume() }
        return try body()
    }

    /// Makes a waiting `nextEvent` return nil soon, from any thread (for work finished in the
    /// background that the loop should look at).
    public static func wake() {
        ctg_request_wake()
    }

    // MARK: - Drawing

    public func draw(_ grid: Grid) {
        guard !stopped else { return }
        sendingOutput { send(grid) }
    }

    /// Runs `body`, which writes to the terminal, with Ctrl-Z held until it is done: stopped in
    /// the middle, the rest would reach the terminal after `fg`, before full-screen mode is
    /// entered again, over the shell's screen. Nested calls hold it until the outermost ends.
    public func sendingOutput<Value>(_ body: () -> Value) -> Value {
        outputDepth += 1
        if outputDepth == 1 { ctg_begin_output() }
        defer {
            outputDepth -= 1
            if outputDepth == 0 { ctg_end_output() }
        }
        return body()
    }

    /// Sends the cells of `grid` that differ from the last frame, and the cursor.
    private func send(_ grid: Grid) {
        let previous = (lastFrame?.area == grid.area) ? lastFrame : nil
        let height = min(grid.area.height, size.height)
        let width = min(grid.area.width, size.width)
        let capability = colorCapability
        for y in 0..<height {
            for x in 0..<width {
                let index = y * grid.area.width + x
                let cell = grid.cells[index]
                if let previous, previous.cells[index] == cell { continue }
                if cell.isCovered { continue }
                put(cell, x: x, y: y, width: width, capability: capability)
            }
        }
        if let cursor = grid.cursor, cursor.x >= 0, cursor.x < width, cursor.y >= 0, cursor.y < height {
            setCursorVisible(true)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            setCursorVisible(false)
        }
        wnoutrefresh(window)
        doupdate()
        lastFrame = grid
    }

    /// Hands one cell to ncurses.
    private func put(_ cell: Cell, x: Int, y: Int, width: Int, capability: ColorCapability) {
        let style = TerminalStyle(cell.style, capability: capability)
        var attributes = libcoop_attr_normal()
        if style.attributes.contains(.bold) { attributes |= libcoop_attr_bold() }
        if style.attributes.contains(.dim) { attributes |= libcoop_attr_dim() }
        if style.attributes.contains(.underline) { attributes |= libcoop_attr_underline() }
        if style.attributes.contains(.reverse) { attributes |= libcoop_attr_reverse() }
        var pair: Int16 = 0
        if capability != .monochrome {
            let (number, isNew) = colorPairs.pair(foreground: style.foreground, background: style.background)
            if isNew { init_pair(number, style.foreground, style.background) }
            pair = number
        }
        let glyph = CellGlyph(cell: cell, terminalWidth: { Int(libcoop_wcwidth($0)) },
                              ambiguousWide: ambiguousWidth == .wide)
        add(glyph.scalars, attributes: attributes, pair: pair, x: x, y: y)
        if let trailing = glyph.trailing, x + 1 < width {
            add([trailing], attributes: attributes, pair: pair, x: x + 1, y: y)
        }
    }

    private func add(_ scalars: [UInt32], attributes: attr_t, pair: Int16, x: Int, y: Int) {
        var characters = scalars.map { wchar_t(bitPattern: $0) }
        characters.append(0)
        var complex = cchar_t()
        _ = setcchar(&complex, characters, attributes, pair, nil)
        _ = mvwadd_wch(window, Int32(y), Int32(x), &complex)
    }

    private func setCursorVisible(_ visible: Bool) {
        guard cursorVisible != visible else { return }
        curs_set(visible ? 1 : 0)
        cursorVisible = visible
    }

    // MARK: - Input

    /// Waits for the next event. Returns nil when `timeout` passes or `wake()` was called.
    public func nextEvent(timeout: Duration? = nil) -> InputEvent? {
        if !pending.isEmpty { return pending.removeFirst() }
        guard !stopped else { return nil }
        let deadline = timeout.map { ContinuousClock.now.advanced(by: $0) }
        while true {
            let flags = ctg_take_events()
            if flags & UInt32(CTG_EVENT_RESUMED) != 0 { resume() }
            if flags & UInt32(CTG_EVENT_RESIZED) != 0 { pending.append(resized()) }
            var burst = readBurst()
            if awaitingLateReport, let rest = LateCursorReport.removing(from: burst, cutStart: lateReportStart) {
                burst = rest
                awaitingLateReport = false
                lateReportStart = []
            }
            if !burst.isEmpty {
                terminalHungUp = false
                pending.append(contentsOf: decoder.decode(burst))
            }
            if !pending.isEmpty { return pending.removeFirst() }
            if flags & UInt32(CTG_EVENT_WOKEN) != 0 { return nil }

            var waitMilliseconds: Int32 = -1
            if let deadline {
                let remaining = deadline - ContinuousClock.now
                if remaining <= .zero { return nil }
                let (seconds, attoseconds) = remaining.components
                waitMilliseconds = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1)
            }
            var fds = [
                pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                pollfd(fd: ctg_wakeup_fd(), events: Int16(POLLIN), revents: 0),
            ]
            _ = poll(&fds, nfds_t(fds.count), waitMilliseconds)  // EINTR: loop and look at the flags
            if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                if terminalHungUp { terminalLost() }
                // Read once more: data may still be waiting before the hang-up.
                terminalHungUp = true
            }
        }
    }

    /// The terminal is gone (its other end closed) without a SIGHUP reaching this process, for
    /// example because a parent shell trapped it. Polling would now return at once for ever, so
    /// behave as on SIGHUP: end the process with that signal (status 129).
    private func terminalLost() -> Never {
        raise(SIGHUP)
        // SIGHUP ignored (nohup): end anyway, as there is no terminal left to use.
        stop()
        exit(129)
    }

    /// Everything ncurses can read right now, without waiting.
    private func readBurst() -> [RawInput] {
        var burst: [RawInput] = []
        while burst.count < 4096 {
            var character: wint_t = 0
            let result = wget_wch(window, &character)
            if result == ERR { break }
            if result == KEY_CODE_YES {
                let code = Int32(bitPattern: character)
                if code == KEY_MOUSE {
                    var event = MEVENT()
                    if getmouse(&event) == OK {
                        burst.append(.mouse(buttonState: UInt(event.bstate), x: Int(event.x), y: Int(event.y)))
                    }
                } else if code == KEY_RESIZE {
                    pending.append(resized())
                } else {
                    burst.append(.keyCode(code))
                }
            } else {
                burst.append(.character(UInt32(character)))
            }
        }
        return burst
    }

    /// Adopts the terminal's new size and returns the resize event.
    private func resized() -> InputEvent {
        _ = adoptTerminalSize(onlyIfChanged: false)
        return .resize(size)
    }

    /// Re-enters full-screen mode after Ctrl-Z / `fg` (or the user's editor) and repaints
    /// everything.
    private func resume() {
        sendingOutput(reenter)
    }

    /// What `resume` does with Ctrl-Z held.
    private func reenter() {
        // The guard restored the terminal behind ncurses's back; let ncurses leave and re-enter
        // its mode the documented way (endwin, then refresh), then re-send modes it caches.
        endwin()
        // A resize while away is taken before re-entering: ncurses then sets the terminal's
        // scrolling region for the new height. Re-entering at the old size left a region of the
        // old height, and ncurses's line-insert optimisation then scrolled only part of the
        // screen, leaving the rows below the old height blank.
        let resizedWhileAway = adoptTerminalSize(onlyIfChanged: true)
        // Coming back from `endwin`, this clears the screen and sends every cell: the repaint.
        wrefresh(window)
        NcursesBackend.disableFlowControl()
        keypad(window, false)
        keypad(window, true)
        if mouseEnabled {
            mousemask(0, nil)
            mousemask(mmask_t(MouseMasks.ncurses.all), nil)
        }
        if let visible = cursorVisible {
            curs_set(visible ? 0 : 1)
            curs_set(visible ? 1 : 0)
        }
        NcursesBackend.armGuard()
        if resizedWhileAway { pending.append(.resize(size)) }
    }

    /// Makes ncurses and `size` take the size the kernel reports (with `onlyIfChanged`, only if
    /// it differs from `size`); true if it did. The next draw is then in full over a cleared
    /// screen.
    private func adoptTerminalSize(onlyIfChanged: Bool) -> Bool {
        var rows: Int32 = 0
        var columns: Int32 = 0
        let reported = libcoop_window_size(STDOUT_FILENO, &rows, &columns) == 0 && rows > 0 && columns > 0
        if onlyIfChanged, !reported || Size(width: Int(columns), height: Int(rows)) == size { return false }
        if reported { resize_term(rows, columns) }
        size = Size(width: Int(libcoop_cols()), height: Int(libcoop_lines()))
        lastFrame = nil
        clearok(window, true)
        // Resizing marks the window's lines as changed, and ncurses's next read would refresh
        // them on its own: old cells, outside `sendingOutput`. Taken in now (nothing is sent).
        wnoutrefresh(window)
        return true
    }

    // MARK: - Terminal setup helpers

    /// Uses the user's locale if it is UTF-8, otherwise C.UTF-8 (or another UTF-8 locale).
    private static func selectUTF8Locale() throws(TerminalStartError) {
        setlocale(LC_ALL, "")
        if libcoop_locale_is_utf8() != 0 { return }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8", "zh_CN.UTF-8"] {
            if setlocale(LC_CTYPE, name) != nil, libcoop_locale_is_utf8() != 0 { return }
        }
        throw .noUTF8Locale
    }

    /// Makes ncurses take the size the kernel reports over `LINES` and `COLUMNS`, which are often
    /// exported stale (a shell's size from before a resize, a parent's terminal). They still
    /// count when the terminal reports no size (0×0), as on some serial lines.
    private static func preferKernelSize() {
        var rows: Int32 = 0
        var columns: Int32 = 0
        let reported = libcoop_window_size(STDOUT_FILENO, &rows, &columns) == 0 && rows > 0 && columns > 0
        use_env(!reported)
        use_tioctl(reported)
    }

    /// Turns off XON/XOFF so Ctrl-S and Ctrl-Q reach the program instead of freezing the screen.
    private static func disableFlowControl() {
        var modes = termios()
        guard tcgetattr(STDIN_FILENO, &modes) == 0 else { return }
        modes.c_iflag &= ~tcflag_t(IXON)
        tcsetattr(STDIN_FILENO, TCSANOW, &modes)
    }

    /// A terminfo string capability of the current terminal.
    static func capability(_ name: String) -> String? {
        guard let value = libcoop_tigetstr(name) else { return nil }
        return String(cString: value)
    }

    /// Prepares the guard's leave sequence (what `endwin` would send, plus mouse reporting off on
    /// terminals with xterm mouse support) and marks the terminal as taken over.
    private static func armGuard() {
        var leave = ""
        if capability("kmous") != nil { leave += "\u{1B}[?1006l\u{1B}[?1003l\u{1B}[?1002l\u{1B}[?1000l" }
        for name in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            if let sequence = capability(name) { leave += sequence }
        }
        let bytes = Array(leave.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { ctg_set_leave_sequence($0.baseAddress, $0.count) }
        }
        ctg_set_active(1)
    }
}
