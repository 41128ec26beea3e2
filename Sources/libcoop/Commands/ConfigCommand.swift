import ArgumentParser
import Foundation
import LibcoopApp
import LibcoopRender

/// `libcoop config`: the effective settings and where each came from (a flag, an environment
/// variable, a line of config.toml, or the default); `--path` prints where config.toml is read from.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the effective settings and where each came from (flag, environment, config file line, default).",
        discussion: """
            Settings are read from $XDG_CONFIG_HOME/libcoop/config.toml (~/.config/libcoop/config.toml \
            when XDG_CONFIG_HOME is unset). Flags win over the environment (LIBCOOP_DATA, LC_ALL / \
            LC_MESSAGES / LANG, NO_COLOR, LIBCOOP_NO_CACHE), which wins over the config file, which wins over the \
            defaults. The flags below show what a command given them would use. A bad config file \
            makes every command exit 78.
            """
    )

    @Flag(help: "Print only the config file's path (whether or not it exists).")
    var path = false

    @Option(name: .customLong("data"), help: ArgumentHelp("As a command given --data would read it.", valueName: "path"))
    var data: [String] = []

    @Option(help: ArgumentHelp("As a command given --lang would use it.", valueName: "zh|en"))
    var lang: LanguageOption?

    @OptionGroup var output: OutputOptions

    @Flag(inversion: .prefixedNo, help: "As the browser given --ascii or --no-ascii would use it.")
    var ascii: Bool?

    @Flag(inversion: .prefixedNo, help: "As the browser given --mouse or --no-mouse would use it.")
    var mouse: Bool?

    @Flag(name: .customLong("no-cache"), help: "As a command given --no-cache would use it.")
    var noCache = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let file = ConfigFileLocation.path(environment: environment)
        if path {
            StandardStreams.write(file + "\n")
            return
        }
        let config = (try? ConfigFile.current.get()) ?? nil
        let settings = Settings.resolve(SettingFlags(data: data, language: lang, noColor: output.color.noColor, ascii: ascii, mouse: mouse,
                                                     noCache: noCache),
                                        environment: environment, config: config)
        let rows = Self.rows(settings)
        if output.json {
            try JSONOutput.write(Report(file: file, fileExists: config != nil, settings: Dictionary(uniqueKeysWithValues: rows.map { ($0.name, $0.json) })))
            return
        }
        var text = "config file: \(TerminalText.sanitized(file))\(config == nil ? " (none; defaults apply)" : "")\n"
        var table = TextTable(headers: ["setting", "value", "from"])
        for row in rows { table.append([row.name, row.text, TerminalText.sanitized(row.origin.description)]) }
        text += table.render(style: output.style)
        StandardStreams.write(text)
    }

    /// One line of the listing.
    private struct Row {
        var name: String
        var text: String
        var json: SettingJSON
        var origin: SettingOrigin
    }

    private static func rows(_ settings: Settings) -> [Row] {
        func row(_ name: String, _ text: String, _ value: SettingJSON.Value, _ origin: SettingOrigin) -> Row {
            Row(name: name, text: text, json: SettingJSON(value: value, origin: origin), origin: origin)
        }
        let data = settings.data.value
        return [
            row("data", data.map { $0.map(TerminalText.sanitized).joined(separator: ", ") } ?? "the bundled sample",
                data.map { .paths($0) } ?? .null, settings.data.origin),
            row("language", settings.language.value.rawValue, .text(settings.language.value.rawValue), settings.language.origin),
            row("color", settings.color.value ? "on" : "off", .flag(settings.color.value), settings.color.origin),
            row("theme", settings.theme.value.rawValue, .text(settings.theme.value.rawValue), settings.theme.origin),
            row("ascii", settings.ascii.value.map { $0 ? "true" : "false (ask the terminal)" } ?? "ask the terminal",
                settings.ascii.value.map { .flag($0) } ?? .null, settings.ascii.origin),
            row("mouse", settings.mouse.value ? "on" : "off", .flag(settings.mouse.value), settings.mouse.origin),
            row("cache", settings.cache.value ? "on" : "off", .flag(settings.cache.value), settings.cache.origin),
        ]
    }

    /// `libcoop config --json`.
    private struct Report: Encodable {
        var file: String
        var fileExists: Bool
        var settings: [String: SettingJSON]
    }
}
