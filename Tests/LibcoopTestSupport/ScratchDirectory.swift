import Foundation

/// A fresh directory under the system's temporary directory for the files one test writes,
/// removed by `remove()`.
public struct ScratchDirectory: Sendable {
    public let url: URL

    /// Creates `libcoop-<purpose>-<uuid>` in the temporary directory.
    public init(_ purpose: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("libcoop-\(purpose)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of `name` inside the directory.
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// The names in the directory, sorted.
    public func entries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    /// The text of the file `name`, or nil while it does not exist.
    public func read(_ name: String) -> String? { try? String(contentsOfFile: path(name), encoding: .utf8) }

    /// Polls until the file `name` exists; returns its contents, or nil after `timeout`.
    public func waitFor(_ name: String, timeout: Duration = .seconds(20)) -> String? {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while ContinuousClock.now < deadline {
            if let text = read(name) { return text }
            usleep(30_000)
        }
        return nil
    }

    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
