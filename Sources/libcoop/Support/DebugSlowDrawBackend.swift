import Glibc
import LibcoopBackend
import LibcoopRender

/// A terminal on a slow link: each frame after the first is sent in two parts, the top half,
/// then, a pause later, the rest, with Ctrl-Z held until both are out as for any frame. How the end-to-end
/// tests press Ctrl-Z in the middle of a frame at a known moment. Used only when
/// `LIBCOOP_DEBUG_SLOW_DRAW=MILLISECONDS` is set (a debugging switch, in docs/RELIABILITY.md and
/// not in the help).
struct DebugSlowDrawBackend: TerminalBackend {
    /// The environment variable that turns the slow drawing on, giving the pause.
    static var variable: String { "LIBCOOP_DEBUG_SLOW_DRAW" }

    let wrapped: NcursesBackend
    /// Between the two parts of a frame.
    let pauseMilliseconds: Int
    private var drawn = false

    /// The slow terminal `environment` asks for, if it does (a pause of 1 to 60,000 ms).
    init?(_ wrapped: NcursesBackend, environment: [String: String]) {
        guard let text = environment[Self.variable], let milliseconds = Int(text), (1...60_000).contains(milliseconds) else { return nil }
        self.wrapped = wrapped
        pauseMilliseconds = milliseconds
    }

    var size: Size { wrapped.size }

    mutating func draw(_ grid: Grid) {
        guard drawn else {
            wrapped.draw(grid)
            drawn = true
            return
        }
        var topHalf = grid
        let half = grid.area.height / 2
        topHalf.clear(Rect(x: grid.area.x, y: grid.area.y + half, width: grid.area.width, height: grid.area.height - half))
        wrapped.sendingOutput {
            wrapped.draw(topHalf)
            var pause = timespec(tv_sec: pauseMilliseconds / 1000, tv_nsec: (pauseMilliseconds % 1000) * 1_000_000)
            var left = timespec()
            while nanosleep(&pause, &left) != 0 { pause = left }
            wrapped.draw(grid)
        }
    }

    mutating func nextEvent(timeout: Duration?) -> InputEvent? {
        wrapped.nextEvent(timeout: timeout)
    }
}
