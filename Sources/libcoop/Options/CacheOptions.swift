import ArgumentParser
import Foundation
import LibcoopCore

/// `--no-cache`, for the commands that only read the dataset: whether a large dataset is read
/// through its snapshot in the cache (see `DatasetCache` and docs/PERFORMANCE.md).
struct CacheOptions: ParsableArguments {
    @Flag(name: .customLong("no-cache"), help: "Parse the dataset files even when an up-to-date snapshot of them is cached under $XDG_CACHE_HOME/libcoop, and keep none. Also LIBCOOP_NO_CACHE=1, or cache = false in config.toml.")
    var noCache = false

    /// The cache to read through, or `nil` when it is turned off (the flag, the environment or
    /// the config file: `Settings`).
    var cache: DatasetCache? {
        guard Settings.resolve(SettingFlags(noCache: noCache)).cache.value else { return nil }
        return DatasetCache.standard(environment: ProcessInfo.processInfo.environment)
    }
}
