import Foundation

/// Paths of files in this repository, found from this source file so tests run from any
/// directory and any build folder.
public enum RepositoryFiles {
    /// The package root: `Tests/LibcoopTestSupport/RepositoryFiles.swift` → `.`.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The absolute path of `relative`, a path inside the repository.
    public static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    /// The bundled sample dataset.
    public static var sampleDataset: String { path("data/nanjing.json") }
}
