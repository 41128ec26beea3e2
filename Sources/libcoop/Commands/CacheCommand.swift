import ArgumentParser
import Foundation
import LibcoopCore
import LibcoopRender

/// `libcoop cache`: where the dataset snapshots are kept, how many and how large; `--clear`
/// removes them. A snapshot lets a large dataset that has not changed open without being parsed
/// again (see `DatasetCache`).
struct CacheCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache",
        abstract: "Show the dataset cache (snapshots of large datasets that open without parsing), or clear it.",
        discussion: """
            The commands that only read a dataset of 1 MiB or more keep a snapshot of it in \
            $XDG_CACHE_HOME/libcoop (~/.cache/libcoop when XDG_CACHE_HOME is unset), and read the \
            snapshot instead of the files while every file has the same size, time and contents \
            (checked on every start). At most \(DatasetCache.entryLimit) snapshots and \
            \(DatasetCache.byteLimit >> 20) MiB are kept, the least recently used going first. \
            --no-cache (or LIBCOOP_NO_CACHE=1) turns it off for one command, cache = false in \
            config.toml for every one; the listing says when it is off and what turned it off.
            """
    )

    @Flag(help: "Remove every snapshot.")
    var clear = false

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        guard let cache = DatasetCache.standard(environment: ProcessInfo.processInfo.environment) else {
            StandardStreams.writeError("libcoop: no cache folder: neither XDG_CACHE_HOME nor HOME is an absolute path\n")
            throw ExitCode(ExitStatus.usage)
        }
        if clear {
            let removed = cache.clear()
            if json { return try JSONOutput.write(Cleared(folder: cache.directory, removed: removed)) }
            StandardStreams.write("removed \(removed) snapshot\(removed == 1 ? "" : "s") from \(TerminalText.sanitized(cache.directory))\n")
            return
        }
        let entries = cache.entries()
        let bytes = entries.reduce(0) { $0 + $1.bytes }
        let inUse = Settings.resolve(SettingFlags()).cache
        if json { return try JSONOutput.write(Summary(folder: cache.directory, snapshots: entries.count, bytes: bytes, inUse: inUse.value)) }
        let megabytes = String(format: "%.1f", Double(bytes) / Double(1 << 20))
        let use = inUse.value ? "yes" : "no (turned off by \(TerminalText.sanitized(inUse.origin.description)))"
        StandardStreams.write("""
            folder: \(TerminalText.sanitized(cache.directory))
            snapshots: \(entries.count) of at most \(DatasetCache.entryLimit), \(megabytes) MiB of at most \(DatasetCache.byteLimit >> 20) MiB
            in use: \(use)

            """)
    }

    /// `--json`: the folder and what it holds.
    private struct Summary: Encodable {
        var folder: String
        var snapshots: Int
        var bytes: Int
        /// Whether the commands read through it (false: `LIBCOOP_NO_CACHE` or `cache = false`).
        var inUse: Bool
    }

    /// `--clear --json`: the folder and how many files were removed.
    private struct Cleared: Encodable {
        var folder: String
        var removed: Int
    }
}
