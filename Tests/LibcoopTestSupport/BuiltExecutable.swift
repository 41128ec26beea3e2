import Foundation

/// Finds the executables `swift build --build-tests` built beside the test bundle, whatever the
/// scratch path (`.build`, `.build-render`, …), so tests run the real programs.
public enum BuiltExecutable {
    /// The `libcoop` command, or nil when it was not built.
    public static var libcoop: String? { path(named: "libcoop") }

    /// The widget gallery the end-to-end tests drive, or nil when it was not built.
    public static var gallery: String? { path(named: "libcoop-gallery") }

    /// The first executable file called `name` beside (or up to three folders above) the running
    /// test bundle, else in the package's default build folders.
    public static func path(named name: String) -> String? {
        var starts = [URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()]
        if let argument = CommandLine.arguments.first {
            starts.append(URL(fileURLWithPath: argument).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        starts.append(Bundle.main.bundleURL)
        starts += Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        var candidates: [URL] = []
        for start in starts {
            var directory = start
            for _ in 0..<4 {
                candidates.append(directory.appendingPathComponent(name))
                directory = directory.deletingLastPathComponent()
            }
        }
        for scratch in [".build", ".build-render"] {
            candidates.append(RepositoryFiles.root.appendingPathComponent(scratch).appendingPathComponent("debug").appendingPathComponent(name))
        }
        return candidates.map(\.path).first { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
                && FileManager.default.isExecutableFile(atPath: path)
        }
    }
}
