import Foundation
import LibcoopCore

/// Decides which dataset files to read when the user names none.
///
/// In order: `--data` options; else `$LIBCOOP_DATA` (one path, or several separated by `:`); a
/// directory among them stands for the dataset files under it (`DatasetFolder`); else
/// the bundled sample, looked for where an installed copy keeps it (`<prefix>/share/libcoop/nanjing.json`
/// beside `<prefix>/bin/libcoop`), then in the source tree the binary was built from (`data/nanjing.json`).
/// It is given the environment and the executable's path rather than reading the process's, so
/// tests can ask it about any installation.
enum DatasetLocator {
    /// The name of the bundled sample dataset.
    static let bundledFileName = "nanjing.json"

    enum Failure: Error, CustomStringConvertible {
        case bundledDatasetMissing(searched: [String])
        /// A folder given as the dataset cannot be read or holds no dataset file.
        case folder(DatasetFolder.Failure)

        var description: String {
            switch self {
            case .bundledDatasetMissing(let searched):
                "cannot find the bundled dataset; looked in: \(searched.joined(separator: ", ")). Give one with --data FILE or LIBCOOP_DATA"
            case .folder(let failure):
                failure.description
            }
        }
    }

    /// The files to load for these command-line paths, this environment and the executable's
    /// path (`ExecutablePath.current()`, the kernel's, so a copy found on `PATH` finds its prefix).
    static func paths(requested: [String], environment: [String: String], executablePath: String) -> Result<[String], Failure> {
        if !requested.isEmpty { return expandingFolders(requested) }
        if let variable = environment["LIBCOOP_DATA"], !variable.isEmpty {
            return expandingFolders(variable.split(separator: ":").map(String.init))
        }
        let candidates = bundledCandidates(executablePath: executablePath)
        if let found = candidates.first(where: { FileManager.default.isReadableFile(atPath: $0) }) {
            return .success([found])
        }
        return .failure(.bundledDatasetMissing(searched: candidates))
    }

    /// `paths` with every folder replaced by the dataset files under it.
    static func expandingFolders(_ paths: [String]) -> Result<[String], Failure> {
        do {
            return .success(try DatasetFolder.expand(paths))
        } catch {
            return .failure(.folder(error))
        }
    }

    /// Where the bundled dataset may be, most specific first.
    static func bundledCandidates(executablePath: String) -> [String] {
        var candidates: [String] = []
        let executable = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath()
        let binDirectory = executable.deletingLastPathComponent()
        candidates.append(binDirectory.deletingLastPathComponent().appendingPathComponent("share/libcoop/\(bundledFileName)").path)
        var directory = binDirectory
        for _ in 0..<6 {
            candidates.append(directory.appendingPathComponent("data/\(bundledFileName)").path)
            directory = directory.deletingLastPathComponent()
        }
        let sourceTree = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(sourceTree.appendingPathComponent("data/\(bundledFileName)").path)
        var seen: Set<String> = []
        return candidates.filter { seen.insert($0).inserted }
    }
}
