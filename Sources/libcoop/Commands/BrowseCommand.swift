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

    @Option(help: ArgumentHelp("Start on this record, written kind:id (staff:zhangqingwen, library:yuhuatai, space:…, program:…, event:…).", valueName: "kind:id"))
    var open: String?

    @Option(help: ArgumentHelp("Labels in Chinese or English. Default: from LC_ALL / LC_MESSAGES / LANG, else config.toml's language.", valueName: "zh|en"))
    var lang: LanguageOption?

    @OptionGroup var color: ColorOptions

    @Flag(inversion: .prefixedNo, help: "Ask the terminal for mouse clicks and wheel turns (--no-mouse: do not). Default: config.toml's mouse, else on.")
    var mouse: Bool?

    @Flag(inversion: .prefixedNo, help: "Draw borders, bars and separators in ASCII, for terminals that draw East Asian ambiguous-width characters (─ · … ━) two columns wide. Default: config.toml's ascii; without it (or with --no-ascii or ascii = false) libcoop asks the terminal at start-up.")
    var ascii: Bool?

    @OptionGroup var data: DataOptions

    /// Datasets bigger than this load behind a progress screen rather than before the browser opens.
    static let largeDatasetBytes = 16 << 20

    func run() throws {
        let paths = try data.resolvedPaths()
        let start = try open.map(Self.reference)
        let settings = Settings.resolve(SettingFlags(data: data.files, language: lang, noColor: color.noColor, ascii: ascii, mouse: mouse))
        let language = settings.language.value.language
        CrashReportSetup.setLanguage(language)
        let totalBytes = paths.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
        var preloaded: BrowserData?
        if totalBytes <= Self.largeDatasetBytes {
            let loaded = try data.load(preparingWithStaffIndex: { BrowserData(dataset: $0, staffIndex: $1, files: paths) }).prepared
            if let start {
                var probe = Browser.start(data: loaded, size: Size(width: 80, height: 24), language: language)
                guard Browser.open(start, in: &probe) else { throw Self.noRecord(start.description) }
            }
            preloaded = loaded
        } else if let start, !RecordIdentifierScan.mayContain(id: start.id, in: paths) {
            throw Self.noRecord(start.description)
        }
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
                try browse(paths: paths, preloaded: preloaded, start: start, language: language, totalBytes: totalBytes,
                           readOnly: settings.data.origin == .builtIn, on: &backend)
            }
        }
    }

    /// The browser's run on a started terminal, loading a large dataset first.
    private func browse(paths: [String], preloaded: BrowserData?, start: RecordReference?, language: Language,
                        totalBytes: Int, readOnly: Bool, on backend: inout NcursesBackend) throws {
        let browserData: BrowserData
        if let preloaded {
            browserData = preloaded
        } else {
            switch try Self.loadInBackground(paths, bytes: totalBytes, language: language, on: &backend) {
            case .success(let loaded): browserData = loaded
            case .failure(let error):
                backend.stop()
                DiagnosticPrinter.printToStandardError(error.diagnostics)
                throw ExitCode(error.isUnreadable ? ExitStatus.noInput : ExitStatus.dataError)
            }
        }
        var state = Browser.start(data: browserData, size: backend.size, language: language)
        state.today = LocalDate.today
        if let start, !Browser.open(start, in: &state) {
            backend.stop()
            throw Self.noRecord(start.description)
        }
        let reload = { () -> Result<BrowserData, ReloadFailure> in
            do throws(DatasetLoadError) {
                return .success(try DatasetLoader.load(paths: paths, preparingWithStaffIndex: { BrowserData(dataset: $0, staffIndex: $1, files: paths) }).prepared)
            } catch {
                let first = error.diagnostics.first?.description ?? "\(error)"
                let more = error.diagnostics.count > 1 ? " (+\(error.diagnostics.count - 1))" : ""
                return .failure(ReloadFailure(message: TerminalText.sanitized(first) + more))
            }
        }
        let environment = ProcessInfo.processInfo.environment
        let terminal = backend
        let changes = BrowserRecordChanges(
            paths: paths, isReadOnly: readOnly,
            editor: EditorLauncher.editorCommand(environment: environment),
            suspend: { terminal.suspended($0) }, reload: reload
        )
        if environment[DebugTrapBackend<NcursesBackend>.variable] == "1" {
            var trapping = DebugTrapBackend(backend)
            BrowserRuntime.run(&state, on: &trapping, reload: reload, export: BrowserTableExport.perform, changeRecords: changes.perform)
        } else {
            BrowserRuntime.run(&state, on: &backend, reload: reload, export: BrowserTableExport.perform, changeRecords: changes.perform)
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

    /// Reads and indexes a large dataset on another thread behind the loading screen; throws
    /// `ExitCode.success` when the user gives up with `q`.
    private static func loadInBackground(
        _ paths: [String], bytes: Int, language: Language, on backend: inout NcursesBackend
    ) throws -> Result<BrowserData, DatasetLoadError> {
        let megabytes = (bytes + (1 << 20) - 1) >> 20
        let names = paths.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
        let work = BackgroundWork(firstStep: language.pick("正在读取 \(names)（\(megabytes) MB）", "Reading \(names) (\(megabytes) MB)"),
                                  onChange: { NcursesBackend.wake() }) { report -> Result<BrowserData, DatasetLoadError> in
            Result { () throws(DatasetLoadError) -> BrowserData in
                try DatasetLoader.load(paths: paths, preparingWithStaffIndex: { dataset, staffIndex in
                    report(language.pick("正在检查数据并为 \(dataset.staff.count) 人建立索引", "Checking the data and indexing \(dataset.staff.count) staff"))
                    return BrowserData(dataset: dataset, staffIndex: staffIndex, files: paths)
                }).prepared
            }
        }
        guard let result = BrowserRuntime.waitFor(work, on: &backend, language: language) else { throw ExitCode.success }
        return result
    }
}
