import ArgumentParser
import Foundation
import LibcoopCore

/// `libcoop fmt [FILE…] [--check]`: rewrites dataset files in the one canonical layout
/// (`DatasetFormatter`), or with `--check` lists those that are not in it, for a pre-commit hook.
struct FmtCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Rewrite dataset files in one canonical layout (or, with --check, list those that are not).",
        discussion: """
            The layout: members in the order docs/data-format.md gives them, two-space indent, one member \
            per line, lists of ids on one line, Chinese as UTF-8 rather than \\u escapes. No value is ever \
            changed, and formatting a formatted file changes nothing. Files are replaced atomically, \
            keeping their mode, and only if they did not change while being formatted. With no FILE, \
            the files of --data or $LIBCOOP_DATA (the bundled sample can be checked, not rewritten).

            Exit status: 0 done (or all tidy), 1 with --check: some files are not tidy, 65 a file that \
            is not well-formed JSON, 66 a file that cannot be opened, 73 a file that cannot be written, \
            75 a file changed while it was formatted.
            """
    )

    @Argument(help: ArgumentHelp("Dataset files, or folders of them (every *.json under each), to format.", valueName: "path"))
    var files: [String] = []

    @Flag(help: "Change nothing: list the files that are not in canonical layout and exit 1 if there are any.")
    var check = false

    @OptionGroup var data: DataOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let usesBundledSample = files.isEmpty && data.files.isEmpty && (environment["LIBCOOP_DATA"] ?? "").isEmpty
        if usesBundledSample && !check {
            StandardStreams.writeError("libcoop: the bundled sample dataset is read-only; name the files to format, or use --check\n")
            throw ExitCode(ExitStatus.usage)
        }
        let paths = files.isEmpty ? try data.resolvedPaths() : try DataOptions.expandingFolders(files)
        var status: Int32 = 0
        var untidy: [String] = []
        for path in paths {
            guard let contents = FileManager.default.contents(atPath: path) else {
                StandardStreams.writeError("libcoop: \(path): cannot open\n")
                status = max(status, ExitStatus.noInput)
                continue
            }
            let bytes = [UInt8](contents)
            let formatted: [UInt8]
            do {
                formatted = try DatasetFormatter.formatted(bytes)
            } catch {
                StandardStreams.writeError("libcoop: \(path): \(error)\n")
                status = max(status, ExitStatus.dataError)
                continue
            }
            guard formatted != bytes else { continue }
            untidy.append(path)
            if check { continue }
            do {
                try DatasetFileReplacement.replace(path: path, loaded: bytes, with: formatted, temporaryFile: InterruptCleanup.follow)
                StandardStreams.write("formatted \(path)\n")
            } catch {
                StandardStreams.writeError("libcoop: \(error)\n")
                if case .changedOnDisk = error { status = max(status, ExitStatus.temporaryFailure) } else {
                    status = max(status, ExitStatus.cannotCreate)
                }
            }
        }
        if check {
            for path in untidy { StandardStreams.write("\(path)\n") }
            if status == 0 && !untidy.isEmpty { status = ExitStatus.noMatch }
        }
        if status != 0 { throw ExitCode(status) }
    }
}
