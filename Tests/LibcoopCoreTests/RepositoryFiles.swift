import Foundation

/// Paths of files in this repository, found from this source file so tests run from any directory.
enum RepositoryFiles {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    static var sampleDataset: String { path("data/nanjing.json") }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
}
