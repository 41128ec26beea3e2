import Foundation
import LibcoopRender
import Testing

/// Compares a grid with the snapshot file `__Snapshots__/<name>.txt` beside the calling test file
/// and checks the grid's invariants.
///
/// A snapshot is the screen as text, one row a line, trailing spaces left out. With
/// `LIBCOOP_RECORD_SNAPSHOTS=1` in the environment a missing or differing snapshot is written
/// from the actual screen instead, and the test still fails saying so: a recording run never
/// passes, and `git diff` shows what changed for review.
public func expectScreen(_ grid: Grid, snapshot name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let file = ScreenSnapshot(name: name, besideTestFile: sourceLocation.filePath)
    let actual = grid.textLines()
    if let expected = file.read() {
        if let difference = ScreenComparison(grid: grid, expected: expected).difference {
            if ScreenSnapshot.isRecording {
                file.record(actual, sourceLocation: sourceLocation, was: "changed")
            } else {
                Issue.record(Comment(rawValue: "Snapshot \(name) differs (\(file.path)).\n" + difference
                    + "\nIf the new screen is right: \(ScreenSnapshot.howToRecord)"), sourceLocation: sourceLocation)
            }
        }
    } else if ScreenSnapshot.isRecording {
        file.record(actual, sourceLocation: sourceLocation, was: "new")
    } else {
        Issue.record(Comment(rawValue: "No snapshot \(name) at \(file.path). \(ScreenSnapshot.howToRecord)\nActual screen:\n"
            + ScreenComparison.framed(actual)), sourceLocation: sourceLocation)
    }
    checkGridInvariants(grid, sourceLocation: sourceLocation)
}

/// One snapshot file: where it lives, how it is read and how it is recorded.
struct ScreenSnapshot {
    /// The environment variable that turns recording on (any value but empty or `0`).
    static let recordVariable = "LIBCOOP_RECORD_SNAPSHOTS"

    static var isRecording: Bool {
        guard let value = ProcessInfo.processInfo.environment[recordVariable] else { return false }
        return !value.isEmpty && value != "0"
    }

    static let howToRecord = "Record with `\(recordVariable)=1 swift test --filter <suite>`, review with `git diff`, then run again without \(recordVariable) (docs/TESTING.md)."

    let name: String
    let path: String

    /// The snapshot `name` in the `__Snapshots__` folder beside `testFile`.
    init(name: String, besideTestFile testFile: String) {
        self.name = name
        path = URL(fileURLWithPath: testFile).deletingLastPathComponent()
            .appendingPathComponent("__Snapshots__").appendingPathComponent(name + ".txt").path
    }

    /// The expected rows, or nil when there is no file.
    func read() -> [String]? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        var rows = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if rows.last == "" { rows.removeLast() }
        return rows
    }

    /// Writes `rows` (trailing spaces left out) and fails the test saying it was recorded.
    func record(_ rows: [String], sourceLocation: SourceLocation, was state: String) {
        let text = rows.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n") + "\n"
        do {
            try FileManager.default.createDirectory(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path,
                                                    withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            Issue.record(Comment(rawValue: "Recorded snapshot \(name) (\(state)) at \(path). Review it with `git diff`, then run again without \(Self.recordVariable)."),
                         sourceLocation: sourceLocation)
        } catch {
            Issue.record(Comment(rawValue: "Cannot record snapshot \(name) at \(path): \(error)"), sourceLocation: sourceLocation)
        }
    }
}
