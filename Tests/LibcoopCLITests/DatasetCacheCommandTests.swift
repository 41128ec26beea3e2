import Foundation
import LibcoopTestSupport
import Testing

/// The dataset cache as a user meets it: a large dataset's answers are the same from the
/// snapshot as from the file, an edited file is never answered from a stale snapshot, the cache
/// can be turned off, inspected and cleared, and a damaged snapshot is simply made again.
@Suite struct DatasetCacheCommandTests {
    /// A scratch folder holding a dataset over the cache's 1 MiB minimum, and a cache home.
    struct Setup {
        let scratch: ScratchDirectory
        let file: String
        var cacheHome: String { scratch.path("cache") }
        var cacheFolder: String { scratch.path("cache/libcoop") }

        init() throws {
            scratch = try ScratchDirectory("cache-cli")
            file = scratch.path("national.json")
            let generated = try CommandRunner.run(["generate", "--libraries", "120", "--staff", "4000", "--seed", "9", "--output", file])
            try #require(generated.status == 0, "\(generated.error)")
        }

        func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CommandRunner.Result {
            var merged = ["XDG_CACHE_HOME": cacheHome]
            for (key, value) in environment { merged[key] = value }
            return try CommandRunner.run(arguments, environment: merged)
        }

        var snapshots: [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: cacheFolder)) ?? []).filter { $0.hasSuffix(".snapshot") }
        }
    }

    @Test("staff search gives the same answer from the snapshot as from the file, and the snapshot is kept")
    func sameAnswers() throws {
        let setup = try Setup()
        defer { setup.scratch.remove() }
        let query = ["staff", "zhang", "--json", "--limit", "50", "--data", setup.file]
        let uncached = try setup.run(query + ["--no-cache"])
        #expect(uncached.status == 0)
        #expect(setup.snapshots.isEmpty)
        let first = try setup.run(query)
        #expect(setup.snapshots.count == 1)
        let second = try setup.run(query)
        #expect(first.output == uncached.output)
        #expect(second.output == uncached.output)
        #expect(second.status == 0)
        let floors = try setup.run(["libraries", "--json", "--data", setup.file])
        let floorsUncached = try setup.run(["libraries", "--json", "--data", setup.file, "--no-cache"])
        #expect(floors.output == floorsUncached.output)
    }

    @Test("after the file is edited the answer is the edited file's")
    func editedFileIsRead() throws {
        let setup = try Setup()
        defer { setup.scratch.remove() }
        _ = try setup.run(["staff", "s0000001", "--json", "--data", setup.file])
        let text = try String(contentsOfFile: setup.file, encoding: .utf8)
        let edited = text.replacingOccurrences(of: #""id": "s0000001", "name": ""#, with: #""id": "s0000001", "name": "焦翔"#)
        #expect(edited != text)
        try edited.write(toFile: setup.file, atomically: false, encoding: .utf8)
        let after = try setup.run(["staff", "焦翔", "--json", "--data", setup.file])
        #expect(after.status == 0)
        #expect(after.output.contains("s0000001"))
    }

    @Test("--no-cache, LIBCOOP_NO_CACHE and cache = false in config.toml keep nothing; libcoop config says which turned it off")
    func turnedOff() throws {
        let setup = try Setup()
        defer { setup.scratch.remove() }
        let configHome = setup.scratch.path("config")
        try FileManager.default.createDirectory(atPath: configHome + "/libcoop", withIntermediateDirectories: true)
        let noConfig = ["XDG_CONFIG_HOME": configHome]
        #expect(try setup.run(["staff", "zhang", "--data", setup.file, "--no-cache"], environment: noConfig).status == 0)
        #expect(try setup.run(["staff", "zhang", "--data", setup.file], environment: noConfig.merging(["LIBCOOP_NO_CACHE": "1"]) { $1 }).status == 0)
        try "cache = false\n".write(toFile: configHome + "/libcoop/config.toml", atomically: true, encoding: .utf8)
        #expect(try setup.run(["staff", "zhang", "--data", setup.file], environment: noConfig).status == 0)
        #expect(try setup.run(["libraries", "--data", setup.file], environment: noConfig).status == 0)
        #expect(setup.snapshots.isEmpty)
        let listing = try setup.run(["cache"], environment: noConfig)
        #expect(listing.output.contains("in use: no (turned off by config \(configHome)/libcoop/config.toml:1)"), "\(listing.output)")
        let shown = try setup.run(["config"], environment: noConfig)
        #expect(shown.output.split(separator: "\n").contains { $0.hasPrefix("cache") && $0.contains("off") && $0.contains("config.toml:1") },
                "\(shown.output)")

        // The config file's true gives way to the environment, as every setting does.
        try "cache = true\n".write(toFile: configHome + "/libcoop/config.toml", atomically: true, encoding: .utf8)
        #expect(try setup.run(["staff", "zhang", "--data", setup.file], environment: noConfig.merging(["LIBCOOP_NO_CACHE": "1"]) { $1 }).status == 0)
        #expect(setup.snapshots.isEmpty)
        #expect(try setup.run(["staff", "zhang", "--data", setup.file], environment: noConfig).status == 0)
        #expect(setup.snapshots.count == 1, "cache = true keeps a snapshot")
        #expect(try setup.run(["cache"], environment: noConfig).output.contains("in use: yes"))
    }

    @Test("a damaged snapshot is made again and the answer does not change")
    func damagedSnapshot() throws {
        let setup = try Setup()
        defer { setup.scratch.remove() }
        let query = ["staff", "wang", "--json", "--data", setup.file]
        let first = try setup.run(query)
        let snapshot = setup.cacheFolder + "/" + (try #require(setup.snapshots.first))
        try Data(repeating: 0x41, count: 1000).write(to: URL(fileURLWithPath: snapshot))
        let second = try setup.run(query)
        #expect(second.output == first.output)
        let rebuilt = try Data(contentsOf: URL(fileURLWithPath: snapshot))
        #expect(rebuilt.count > 1000)
        #expect(rebuilt.prefix(7) == Data("libcoop".utf8))
    }

    @Test("libcoop cache shows the folder and its snapshots; --clear removes them")
    func cacheCommand() throws {
        let setup = try Setup()
        defer { setup.scratch.remove() }
        _ = try setup.run(["staff", "zhang", "--data", setup.file])
        let shown = try setup.run(["cache"])
        #expect(shown.status == 0)
        #expect(shown.output.contains("folder: \(setup.cacheFolder)"))
        #expect(shown.output.contains("snapshots: 1 of at most 8"))
        let json = try #require(try CommandRunner.json(setup.run(["cache", "--json"]).output) as? [String: Any])
        #expect(json["snapshots"] as? Int == 1)
        #expect((json["bytes"] as? Int ?? 0) > 0)
        let cleared = try setup.run(["cache", "--clear"])
        #expect(cleared.output == "removed 1 snapshot from \(setup.cacheFolder)\n")
        #expect(setup.snapshots.isEmpty)
    }

    @Test("a small dataset (the bundled sample) is never cached")
    func smallDatasetNotCached() throws {
        let setup = try Setup()
        defer { setup.scratch.remove() }
        #expect(try setup.run(["staff", "jx"]).status == 0)
        #expect(setup.snapshots.isEmpty)
    }
}
