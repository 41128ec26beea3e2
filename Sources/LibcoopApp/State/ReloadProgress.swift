import Foundation

/// A reload running in the background (`r`): how long it has run and the spinner's frame, shown
/// in the footer until its result arrives as `BrowserMessage.reloaded`.
public struct ReloadProgress: Sendable, Hashable {
    public var elapsed: Duration = .zero
    public var tick = 0

    public init() {}

    /// The time elapsed in seconds with one decimal, unit included: `0.4 s`.
    var secondsText: String {
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return String(format: "%.1f s", seconds)
    }
}
