import ArgumentParser
import Foundation
import LibcoopApp
import LibcoopBackend
import LibcoopCore
import LibcoopRender

/// `libcoop browse` (also `libcoop` alone): the full-screen browser over the dataset.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the full-screen browser: libraries, floors, staff, programs and the linkage timeline (the default).",
        discussion: "Press ? inside for every key; q quits."
    )

    @Option(help: ArgumentHelp("Start on this record, written kind:id (staff:zhangqingwen, library:yuhuatai, space:…, program:…, event:…).", valueName: "kind:id"), completion: .records)
    var open: String?

    @Option(help: ArgumentHelp("Labels in Chinese or English. Default: from LC_ALL / LC_MESSAGES / LANG, else config.toml's language.", valueName: "zh|en"))
    var lang: LanguageOption?

    @OptionGroup var color: ColorOptions

    @Flag(inversion: .prefixedNo, help: "Ask the terminal for mouse clicks and wheel turns (--no-mouse: do not). Default: config.toml's mouse, else on.")
    var mouse: Bool?

    @Flag(inversion: .prefixedNo, help: "Draw borders, bars and separators in ASCII, for terminals that draw East Asian ambiguous-width characters (─ · … ━) two columns wide. Default: config.toml's ascii; without it (or with --no-ascii or ascii = false) libcoop asks the terminal at start-up.")
    var ascii: Bool?

    @OptionGroup var data: DataOptions
    @OptionGroup var caching: CacheOptions

    /// Datasets bigger than this load behind a progress screen rather than before the browser opens.
    static let largeDatasetBytes = 16 << 20

    func run() throws {
        let paths = try data.resolvedPaths()
        let start = try open.map(Self.reference)
        let settings = Settings.resolve(SettingFlags(data: data.files, language: lang, noColor: color.noColor, ascii: ascii, mouse: mouse))
        let language = settings.language.value.language
        CrashReportSetup.setLanguage(language)
        let totalBytes = paths.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
        let cache = caching.cache
        var preloaded: Loaded?
        if totalBytes <= Self.largeDatasetBytes {
            let (loaded, staffIndex) = try data.load(cache: cache, preparingBeforeStaffIndex: { BrowserData(dataset: $0, files: paths, searchIndexes: nil) })
            if let start {
                var probe = Browser.start(data: loaded.prepared, size: Size(width: 80, height: 24), language: language)
                guard Browser.open(start, in: &probe) else { throw Self.noRecord(start.description) }
            }
            preloaded = (loaded.prepared, Self.indexInBackground(loaded.prepared, staffIndex, thenKeeping: loaded.snapshot))
        } else if let start, !RecordIdentifierScan.mayContain(id: start.id, in: paths) {
            throw Self.noRecord(start.description)
        }
        // A large dataset starts loading now, while the terminal is set up.
        let loading = preloaded == nil ? Self.startLoading(paths, cache: cache, bytes: totalBytes, language: language) : nil
        var backend: NcursesBackend
        do {
            backend = try NcursesBackend(options: .init(noColor: !settings.color.value, mouse: settings.mouse.value,
                                                        ambiguousWidth: settings.ascii.value == true ? .wide : nil))
        } catch {
            StandardStreams.writeError("libcoop: \(error)\n")
            throw ExitCode(error.exitStatus)
        }
        defer { backend.stop() }
        // Measuring and symbols follow the terminal for everything drawn from here on.
        try AmbiguousWidth.$current.withValue(backend.ambiguousWidth) {
            try ColorTheme.$current.withValue(settings.theme.value) {
                try browse(paths: paths, cache: cache, preloaded: preloaded, loading: loading, start: start, language: language,
                           readOnly: settings.data.origin == .builtIn, on: &backend)
            }
        }
    }

    /// The browser's data, and the work building its search indexes in the background.
    private typealias Loaded = (data: BrowserData, indexing: BackgroundWork<SearchIndexes>)

    /// The browser's run on a started terminal, loading a large dataset first.
    private func browse(paths: [String], cache: DatasetCache?, preloaded: Loaded?, loading: BackgroundWork<LoadResult>?, start: RecordReference?,
                        language: Language, readOnly: Bool, on backend: inout NcursesBackend) throws {
        let loaded: Loaded
        if let preloaded {
            loaded = preloaded
        } else if let loading {
            guard let result = BrowserRuntime.waitFor(loading, on: &backend, language: language) else { throw ExitCode.success }
            switch result {
            case .success(let (data, staffIndex, snapshot)): loaded = (data, Self.indexInBackground(data, staffIndex, thenKeeping: snapshot))
            case .failure(let error):
                backend.stop()
                DiagnosticPrinter.printToStandardError(error.diagnostics)
                throw ExitCode(error.isUnreadable ? ExitStatus.noInput : ExitStatus.dataError)
            }
        } else {
            preconditionFailure("a dataset is either loaded before the terminal is taken or loading")
        }
        var state = Browser.start(data: loaded.data, size: backend.size, language: language)
        state.today = LocalDate.today
        if let start, !Browser.open(start, in: &state) {
            backend.stop()
            throw Self.noRecord(start.description)
        }
        // Run by the browser on another thread; every problem goes to the list `p` shows.
        let reload: @Sendable () -> Result<BrowserData, ReloadFailure> = {
            do throws(DatasetLoadError) {
                let loaded = try DatasetLoader.load(paths: paths, cache: cache, preparingWithStaffIndex: { BrowserData(dataset: $0, staffIndex: $1, files: paths) })
                loaded.snapshot.store()
                return .success(loaded.prepared)
            } catch {
                let problems = error.diagnostics.map { TerminalText.sanitized($0.description) }
                return .failure(ReloadFailure(problems: problems.isEmpty ? [TerminalText.sanitized("\(error)")] : problems))
            }
        }
        let environment = ProcessInfo.processInfo.environment
        let terminal = backend
        let changes = BrowserRecordChanges(
            paths: paths, isReadOnly: readOnly,
            editor: EditorLauncher.editorCommand(environment: environment),
            suspend: { terminal.suspended($0) }, reload: reload
        )
        let wake: @Sendable () -> Void = { NcursesBackend.wake() }
        if environment[DebugTrapBackend<NcursesBackend>.variable] == "1" {
            var trapping = DebugTrapBackend(backend)
            BrowserRuntime.run(&state, on: &trapping, wake: wake, reload: reload, export: BrowserTableExport.perform,
                               changeRecords: changes.perform, indexing: loaded.indexing)
        } else if var slow = DebugSlowDrawBackend(backend, environment: environment) {
            BrowserRuntime.run(&state, on: &slow, wake: wake, reload: reload, export: BrowserTableExport.perform,
                               changeRecords: changes.perform, indexing: loaded.indexing)
        } else {
            BrowserRuntime.run(&state, on: &backend, wake: wake, reload: reload, export: BrowserTableExport.perform,
                               changeRecords: changes.perform, indexing: loaded.indexing)
        }
    }

    /// The record `--open` names; the string form ends here, the browser takes the typed one.
    /// A kind that is no record kind, or no id, is the same usage error as a missing record.
    private static func reference(_ target: String) throws -> RecordReference {
        guard let reference = RecordReference(parsing: target) else { throw noRecord(target) }
        return reference
    }

    /// The error for an `--open` that names no record; the argument is shown made safe.
    private static func noRecord(_ target: String) -> ValidationError {
        ValidationError("--open: no record \"\(TerminalText.sanitized(target))\" (write kind:id, such as staff:zhangqingwen)")
    }

    /// Finishes the staff search index and builds the record index on another thread, so the
    /// first frame does not wait for them; the browser's loop is woken when they are ready. First
    /// keeps the snapshot of a dataset just loaded from its files, for the next start (before the
    /// indexes, so that the memory encoding it takes is given back before theirs is taken).
    private static func indexInBackground(
        _ data: BrowserData, _ staffIndex: PendingStaffIndex, thenKeeping snapshot: PendingSnapshot
    ) -> BackgroundWork<SearchIndexes> {
        let dataset = data.dataset
        return BackgroundWork(firstStep: "", onChange: { NcursesBackend.wake() }) { _ in
            snapshot.store()
            return SearchIndexes(dataset: dataset, staff: staffIndex.finish())
        }
    }

    /// What loading a large dataset gives: the browser's data and its staff index still to finish,
    /// or every problem.
    private typealias LoadResult = Result<(BrowserData, PendingStaffIndex, PendingSnapshot), DatasetLoadError>

    /// Starts reading a large dataset on another thread, which the loading screen then waits for
    /// (the staff index is left to finish after the first frame).
    private static func startLoading(_ paths: [String], cache: DatasetCache?, bytes: Int, language: Language) -> BackgroundWork<LoadResult> {
        let megabytes = (bytes + (1 << 20) - 1) >> 20
        let names = paths.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
        return BackgroundWork(firstStep: language.pick("正在读取 \(names)（\(megabytes) MB）", "Reading \(names) (\(megabytes) MB)"),
                              onChange: { NcursesBackend.wake() }) { report -> LoadResult in
            Result { () throws(DatasetLoadError) -> (BrowserData, PendingStaffIndex, PendingSnapshot) in
                let (loaded, staffIndex) = try DatasetLoader.load(paths: paths, cache: cache, preparingBeforeStaffIndex: { dataset in
                    report(language.pick("正在检查 \(dataset.staff.count) 人的数据", "Checking the data of \(dataset.staff.count) staff"))
                    return BrowserData(dataset: dataset, files: paths, searchIndexes: nil)
                })
                return (loaded.prepared, staffIndex, loaded.snapshot)
            }
        }
    }
}
