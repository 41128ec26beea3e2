import Foundation

/// Finds the `libcoop-gallery` executable that `swift test` built beside the test bundle,
/// whatever the scratch path (`.build`, `.build-render`, …).
enum GalleryProgram {
    static var path: String? {
        var candidates: [URL] = []
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        candidates.append(executable.deletingLastPathComponent().appendingPathComponent("libcoop-gallery"))
        if let argument = CommandLine.arguments.first {
            let url = URL(fileURLWithPath: argument).resolvingSymlinksInPath()
            candidates.append(url.deletingLastPathComponent().appendingPathComponent("libcoop-gallery"))
        }
        // Tests/LibcoopBackendTests/EndToEnd/GalleryProgram.swift → package root.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        for scratch in [".build-render", ".build"] {
            candidates.append(root.appendingPathComponent(scratch).appendingPathComponent("debug")
                .appendingPathComponent("libcoop-gallery"))
        }
        return candidates.map(\.path).first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

/// A temporary folder for the files a scenario's shell writes (exit status, `stty -a`).
struct ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("libcoop-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func read(_ name: String) -> String? { try? String(contentsOfFile: path(name), encoding: .utf8) }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// Polls until the file `name` exists; returns its contents, or nil after `timeout`.
    func waitFor(_ name: String, timeout: Duration = .seconds(20)) -> String? {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while ContinuousClock.now < deadline {
            if let text = read(name) { return text }
            usleep(30_000)
        }
        return nil
    }
}
