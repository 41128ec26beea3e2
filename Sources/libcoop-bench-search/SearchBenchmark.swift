import ArgumentParser
import Foundation
import LibcoopCore
import LibcoopSynthetic

/// `libcoop-bench-search`: how fast staff search is at national scale, as a Markdown report.
///
/// Builds (or reads) a dataset of a million staff, times building the index, times queries of each
/// kind and length one by one, times typing names letter by letter with and without a
/// `SearchSession`, reports the index's memory per person, and runs `fzf --filter` and `jq` over
/// the same names. Run it through `scripts/bench-search.sh`, which builds it in release mode.
@main
struct SearchBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "libcoop-bench-search",
        abstract: "Benchmark staff search over a national-scale dataset and print a Markdown report."
    )

    @Option(help: "How many staff to build in memory (ignored with --data).")
    var staff = 1_000_000

    @Option(help: "How many libraries to deal them to (ignored with --data).")
    var libraries = 3_300

    @Option(help: "Seed for the dataset and the query sample.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Read this dataset file (e.g. from `libcoop generate`) instead of building one.", valueName: "file"))
    var data: String?

    @Option(help: "Queries per row of the latency table.")
    var queries = 300

    @Option(help: "Results asked for per query, as the CLI's default --limit.")
    var limit = 20

    @Option(help: "Names typed letter by letter for the search-as-you-type figures.")
    var typed = 200

    @Option(help: ArgumentHelp("Folder for the files fzf and jq read.", valueName: "folder"))
    var work = "bench-out"

    @Option(help: "Queries run through fzf and jq each (every run reads the whole file).")
    var externalQueries = 10

    func run() throws {
        print("# Staff search benchmark\n")
        print("- command: `\(CommandLine.arguments.joined(separator: " "))`")
        print("- machine: \(ProcessFacts.processorCount) cores, load average \(ProcessFacts.loadAverage()) at start (shared; read ratios, not absolutes)")

        let (datasetTime, dataset) = try Stopwatch.measure { try loadDataset() }
        let source = data.map { "file `\($0)`" } ?? "built in memory (`NationalStaff`, seed \(seed))"
        print("- dataset: \(dataset.staff.count) staff, \(dataset.libraries.count) libraries, \(source), ready in \(seconds(datasetTime))")

        let residentBefore = ProcessFacts.residentBytes()
        let (buildTime, index) = Stopwatch.measure { StaffSearchIndex(dataset) }
        let residentAfter = ProcessFacts.residentBytes()
        let count = max(index.count, 1)
        print("\n## Building the index\n")
        print("| staff | build time | index memory | per person | process memory growth |")
        print("|---|---|---|---|---|")
        print("| \(index.count) | \(seconds(buildTime)) | \(megabytes(index.indexBytes)) | \(index.indexBytes / count) bytes | \(megabytes(residentAfter - residentBefore)) |")
        print("\nIndex memory counts the index's own arrays (units, ranks, posting lists, id table), not the staff records it points into. Process memory growth also includes the builder's temporary arrays.")

        measureQueries(index)
        measureTyping(index)
        try compareWithOtherTools(index, dataset: dataset)
    }

    private func loadDataset() throws -> Dataset {
        guard let data else { return NationalStaff.dataset(staff: staff, libraries: libraries, seed: seed) }
        do {
            return try DatasetLoader.load(paths: [data])
        } catch {
            throw ValidationError("cannot load \(data): \(error.diagnostics.first.map { "\($0)" } ?? "invalid")")
        }
    }

    // MARK: Queries

    private func measureQueries(_ index: StaffSearchIndex) {
        print("\n## One query over \(index.count) staff (no session, limit \(limit))\n")
        print("Each query is searched once, cold; queries are taken from names in the dataset.\n")
        print("| query kind | length | queries | p50 ms | p99 ms | max ms |")
        print("|---|---|---|---|---|---|")
        var everyTyped: [UInt64] = []
        for row in QuerySample.rows(index: index, perRow: queries, seed: seed &+ 1) {
            var samples: [UInt64] = []
            for query in row.queries {
                samples.append(Stopwatch.measure { index.search(query, limit: limit) }.nanoseconds)
            }
            if row.kind != .miss { everyTyped += samples }
            print("| \(row.kind.rawValue) | \(row.length) | \(LatencySummary(nanoseconds: samples).cells) |")
        }
        print("| **all but misses** | 1–6 | \(LatencySummary(nanoseconds: everyTyped).cells) |")
    }

    private func measureTyping(_ index: StaffSearchIndex) {
        var random = SeededRandom(seed: seed &+ 2)
        var withSession: [UInt64] = []
        var withoutSession: [UInt64] = []
        var reused = 0
        for _ in 0..<typed {
            let position = random.below(index.count)
            let pinyin = index.pinyin(ofStaffAt: position).replacingOccurrences(of: " ", with: "")
            var session = SearchSession(index: index, limit: limit)
            var typedSoFar = ""
            for letter in pinyin {
                typedSoFar.append(letter)
                let query = typedSoFar
                withSession.append(Stopwatch.measure { session.search(query) }.nanoseconds)
                if session.reusedPreviousMatches { reused += 1 }
                withoutSession.append(Stopwatch.measure { index.search(query, limit: limit) }.nanoseconds)
            }
        }
        print("\n## Typing a name's pinyin letter by letter (\(typed) names, limit \(limit))\n")
        print("| search | keystrokes | p50 ms | p99 ms | max ms |")
        print("|---|---|---|---|---|")
        print("| `SearchSession` (narrows the previous matches; reused on \(reused) keystrokes) | \(LatencySummary(nanoseconds: withSession).cells) |")
        print("| a fresh search per keystroke | \(LatencySummary(nanoseconds: withoutSession).cells) |")
    }

    // MARK: Other tools

    private func compareWithOtherTools(_ index: StaffSearchIndex, dataset: Dataset) throws {
        print("\n## Side by side with fzf and jq\n")
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let namesPath = "\(work)/staff-names.txt"
        var names = ""
        names.reserveCapacity(index.count * 24)
        for member in dataset.staff { names += member.name + " " + (member.nameEnglish ?? "") + "\n" }
        try names.write(toFile: namesPath, atomically: true, encoding: .utf8)
        let jsonPath = try data ?? writeStaffJSON(dataset)

        var random = SeededRandom(seed: seed &+ 3)
        let chosen = (0..<externalQueries).map { turn -> String in
            let position = random.below(index.count)
            let name = index.staff[position].name
            return turn % 2 == 0 ? String(name.prefix(2)) : index.pinyin(ofStaffAt: position).replacingOccurrences(of: " ", with: "")
        }
        let ours = chosen.map { query in Stopwatch.measure { index.search(query, limit: limit) }.nanoseconds }
        let oursMedian = LatencySummary(nanoseconds: ours).p50
        print("Queries (half the first two characters of a name, half a full pinyin): \(chosen.map { "`\($0)`" }.joined(separator: " "))\n")
        print("| tool | what one query does | p50 ms | ratio to libcoop |")
        print("|---|---|---|---|")
        print("| libcoop `StaffSearchIndex.search` | ranked search of the loaded index | \(LatencySummary.format(oursMedian)) | 1 |")
        if let fzf = ExternalTool.find("fzf") {
            let times = try chosen.map { try fzf.time(arguments: ["--filter", $0], input: namesPath) }
            let median = LatencySummary(nanoseconds: times).p50
            print("| fzf \(fzf.version()) `--filter Q < staff-names.txt` | start, read \(index.count) lines, fuzzy-match and sort | \(LatencySummary.format(median)) | \(ratio(median, oursMedian)) |")
        } else {
            print("| fzf | not installed (`apt-get install -y fzf`) | – | – |")
        }
        if let jq = ExternalTool.find("jq") {
            let filter = "[.staff[] | select((.name | contains($q)) or ((.name_en // \"\") | ascii_downcase | gsub(\" \"; \"\") | contains($q)))] | length"
            let times = try chosen.map { try jq.time(arguments: ["--arg", "q", $0, filter], input: jsonPath) }
            let median = LatencySummary(nanoseconds: times).p50
            print("| jq \(jq.version()) selecting by name | start, parse the whole JSON file, test every name | \(LatencySummary.format(median)) | \(ratio(median, oursMedian)) |")
        } else {
            print("| jq | not installed (`apt-get install -y jq`) | – | – |")
        }
        print("\nfzf and jq start afresh and read their input on every query, as they are used from a shell; libcoop's figure is a query of an index already in memory (building it is timed above). The ratio is how many libcoop queries fit in the time of one of theirs.")
    }

    /// The staff as a small dataset-shaped JSON file (`{"staff": [{"id", "name", "name_en"}]}`) for jq.
    private func writeStaffJSON(_ dataset: Dataset) throws -> String {
        let path = "\(work)/staff.json"
        var text = "{\"staff\": [\n"
        text.reserveCapacity(dataset.staff.count * 64)
        for (position, member) in dataset.staff.enumerated() {
            if position > 0 { text += ",\n" }
            text += "{\"id\": \"\(member.id)\", \"name\": \"\(member.name)\", \"name_en\": \"\(member.nameEnglish ?? "")\"}"
        }
        text += "\n]}\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    // MARK: Formatting

    private func seconds(_ nanoseconds: UInt64) -> String {
        String(format: "%.2f s", Double(nanoseconds) / 1e9)
    }

    private func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1e6)
    }

    private func ratio(_ theirs: Double, _ ours: Double) -> String {
        guard ours > 0 else { return "–" }
        let value = theirs / ours
        return value >= 10 ? "\(Int(value.rounded()))×" : String(format: "%.1f×", value)
    }
}
