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

    @Option(help: ArgumentHelp("Labels in Chinese or English (zh or en). Default: from LANG / LC_ALL.", valueName: "zh|en"))
    var lang: String?

    @Flag(name: .customLong("no-color"), help: "No colours (also: NO_COLOR set); selection shows in reverse video.")
    var noColor = false

    @Flag(name: .customLong("no-mouse"), help: "Do not ask the terminal for mouse events.")
    var noMouse = false

    @OptionGroup var data: DataOptions

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil { throw ValidationError("--lang takes zh or en") }
    }

    func run() throws {
        let paths = try data.resolvedPaths()
        let dataset = try data.load()
        let browserData = BrowserData(dataset: dataset, files: paths)
        let language = lang.flatMap(Language.init(rawValue:)) ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
        var state = Browser.start(data: browserData, size: Size(width: 80, height: 24), language: language)
        if let open, !Browser.open(open, in: &state) {
            throw ValidationError("--open: no record \"\(open)\" (write kind:id, such as staff:zhangqingwen)")
        }
        var backend: NcursesBackend
        do {
            backend = try NcursesBackend(options: .init(noColor: noColor, mouse: !noMouse))
        } catch {
            StandardStreams.writeError("libcoop: \(error)\n")
            throw ExitCode(error.exitStatus)
        }
        defer { backend.stop() }
        BrowserRuntime.run(&state, on: &backend) {
            do {
                return .success(BrowserData(dataset: try DatasetLoader.load(paths: paths), files: paths))
            } catch let error as DatasetLoadError {
                let first = error.diagnostics.first?.description ?? "\(error)"
                let more = error.diagnostics.count > 1 ? " (+\(error.diagnostics.count - 1))" : ""
                return .failure(ReloadFailure(message: TerminalText.sanitized(first) + more))
            } catch {
                return .failure(ReloadFailure(message: TerminalText.sanitized("\(error)")))
            }
        }
    }
}
