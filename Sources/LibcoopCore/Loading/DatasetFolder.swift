import Glibc

/// A folder of records: a department keeping one file per library or per year, often in a git
/// repository. Wherever a dataset path is read (`--data`, `$LIBCOOP_DATA`, `validate`'s files),
/// a directory stands for the dataset files under it.
///
/// The rules, so the same folder always loads the same way:
/// - every regular file whose name ends in `.json`, in the directory and in its subdirectories;
/// - names that begin with `.` are skipped, files and directories alike (`.git`, editors' and
///   libcoop's own temporary files);
/// - `schema.json` is skipped: it is the JSON Schema `libcoop schema` writes, which editors are
///   pointed at from the records (`"$schema"`), not records;
/// - a symbolic link to a file is read; one to a directory is not followed (no loops);
/// - the order is each directory's names sorted by their bytes, files and subdirectories
///   together, walked depth first: `2021.json`, `2022/jinling.json`, `2022/yuhuatai.json`,
///   `2023.json`. It does not depend on the file system or the locale.
///
/// Each file is then one of the dataset's files: problems name it, and `edit`, `remove` and `fmt`
/// write to the file a record came from.
public enum DatasetFolder {
    /// A folder that cannot be read, or holds no dataset file.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var message: String

        public var description: String { "\(path): \(message)" }
    }

    /// The name of the JSON Schema file, which is not a dataset file.
    public static let schemaFileName = "schema.json"

    /// `paths` with each directory replaced by the dataset files under it (in the order above);
    /// other paths, including ones that do not exist, are kept as given for the loader to report.
    public static func expand(_ paths: [String]) throws(Failure) -> [String] {
        var expanded: [String] = []
        for path in paths {
            guard isDirectory(path) else {
                expanded.append(path)
                continue
            }
            let files = try files(under: path)
            guard !files.isEmpty else {
                throw Failure(path: path, message: "this folder holds no dataset files (*.json, other than \(schemaFileName) and hidden ones)")
            }
            expanded += files
        }
        return expanded
    }

    /// Whether `path` names a directory (following a symbolic link given by the user).
    public static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// The dataset files under `directory`, depth first in byte order of names.
    public static func files(under directory: String) throws(Failure) -> [String] {
        var found: [String] = []
        try collect(directory, into: &found, depth: 0)
        return found
    }

    private static func collect(_ directory: String, into found: inout [String], depth: Int) throws(Failure) {
        guard depth < 64 else { return }
        for name in try names(in: directory) {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var link = stat()
            guard lstat(path, &link) == 0 else { continue }
            switch link.st_mode & S_IFMT {
            case S_IFDIR:
                try collect(path, into: &found, depth: depth + 1)
            case S_IFREG:
                if isDatasetFileName(name) { found.append(path) }
            case S_IFLNK:
                var target = stat()
                if isDatasetFileName(name), stat(path, &target) == 0, (target.st_mode & S_IFMT) == S_IFREG { found.append(path) }
            default:
                continue
            }
        }
    }

    private static func isDatasetFileName(_ name: String) -> Bool {
        name.hasSuffix(".json") && name != schemaFileName
    }

    /// The names in `directory` that are not hidden, sorted by their bytes.
    private static func names(in directory: String) throws(Failure) -> [String] {
        guard let stream = opendir(directory) else {
            throw Failure(path: directory, message: "cannot read this folder: \(String(cString: strerror(errno)))")
        }
        defer { closedir(stream) }
        var names: [[UInt8]] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            guard let first = name.first, first != UInt8(ascii: ".") else { continue }
            names.append(name)
        }
        return names.sorted { $0.lexicographicallyPrecedes($1) }.map { String(decoding: $0, as: UTF8.self) }
    }
}
