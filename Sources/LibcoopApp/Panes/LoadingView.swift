import LibcoopRender

/// The screen shown while a large dataset loads: what is being done, for how long, and a spinner,
/// so a million-record file never looks like a hung terminal.
public enum LoadingView {
    static let spinner = Array("⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏")

    /// Draws the loading screen at `size`: `step` (e.g. "Reading staff.json (256 MB)"), the
    /// seconds elapsed, and a spinner frame chosen by `tick`.
    public static func render(size: Size, step: String, elapsed: Duration, tick: Int, language: Language) -> Grid {
        var grid = Grid(size: size)
        guard size.width > 0, size.height > 0 else { return grid }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let timing = String(format: "%.1f s", seconds)
        // The step gives way to the seconds, which keep their unit: `… 0.4 s`, never `… 0.4`.
        let stepRoom = max(1, size.width - 2 - 2 - timing.displayWidth)
        let line = "\(spinner[tick % spinner.count]) \(step.truncated(toWidth: stepRoom))  \(timing)"
        let hint = language.pick("q 取消", "q cancels")
        let y = size.height / 2
        let width = line.displayWidth
        grid.write(line, at: Position(x: max(0, (size.width - width) / 2), y: y), style: Theme.heading)
        grid.write(hint, at: Position(x: max(0, (size.width - hint.displayWidth) / 2), y: min(size.height - 1, y + 2)), style: Theme.label)
        return grid
    }
}
