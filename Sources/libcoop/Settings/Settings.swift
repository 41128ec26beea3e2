import Foundation
import LibcoopApp

/// The effective settings of one run, resolved once for every command: flags, then the
/// environment (`LIBCOOP_DATA`, `LC_ALL`/`LC_MESSAGES`/`LANG`, `NO_COLOR`), then config.toml, then
/// the built-in defaults. Each keeps where it came from, for `libcoop config`.
/// (`LIBCOOP_NO_CACHE` too.)
struct Settings: Sendable {
    /// The dataset files and folders to read; nil is the bundled sample.
    var data: Setting<[String]?>
    var language: Setting<LanguageOption>
    /// Whether colour may be used (text output also needs a terminal).
    var color: Setting<Bool>
    var theme: Setting<ColorTheme>
    /// ASCII borders: true forces them; false (said) or nil (unsaid) asks the terminal at start-up.
    var ascii: Setting<Bool?>
    var mouse: Setting<Bool>
    /// Whether a large dataset is read through its snapshot in the cache.
    var cache: Setting<Bool>

    /// The settings for `flags` in this process's environment and config file (already checked
    /// by `Libcoop.main`, which exits 78 before any command runs when it is bad).
    static func resolve(_ flags: SettingFlags) -> Settings {
        let config = (try? ConfigFile.current.get()) ?? nil
        return resolve(flags, environment: ProcessInfo.processInfo.environment, config: config)
    }

    static func resolve(_ flags: SettingFlags, environment: [String: String], config: ConfigFile?) -> Settings {
        Settings(
            data: data(flags, environment: environment, config: config),
            language: language(flags, environment: environment, config: config),
            color: color(flags, environment: environment),
            theme: config?.theme ?? Setting(value: .standard, origin: .builtIn),
            ascii: flags.ascii.map { Setting(value: $0, origin: .flag($0 ? "--ascii" : "--no-ascii")) }
                ?? config?.ascii.map { Setting(value: $0.value, origin: $0.origin) }
                ?? Setting(value: nil, origin: .builtIn),
            mouse: flags.mouse.map { Setting(value: $0, origin: .flag($0 ? "--mouse" : "--no-mouse")) }
                ?? config?.mouse
                ?? Setting(value: true, origin: .builtIn),
            cache: cache(flags, environment: environment, config: config)
        )
    }

    private static func data(_ flags: SettingFlags, environment: [String: String], config: ConfigFile?) -> Setting<[String]?> {
        if !flags.data.isEmpty { return Setting(value: flags.data, origin: .flag("--data")) }
        if let variable = environment["LIBCOOP_DATA"], !variable.isEmpty {
            return Setting(value: variable.split(separator: ":").map(String.init), origin: .environment("LIBCOOP_DATA"))
        }
        if let configured = config?.data { return Setting(value: configured.value, origin: configured.origin) }
        return Setting(value: nil, origin: .builtIn)
    }

    /// `--lang`; else the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set, unless it is the
    /// language-neutral `C` or `POSIX` locale (`C.UTF-8` too), which leaves the choice to the
    /// config file; else English.
    private static func language(_ flags: SettingFlags, environment: [String: String], config: ConfigFile?) -> Setting<LanguageOption> {
        if let language = flags.language { return Setting(value: language, origin: .flag("--lang")) }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            if value == "C" || value == "POSIX" || value.hasPrefix("C.") { break }
            return Setting(value: value.lowercased().hasPrefix("zh") ? .zh : .en, origin: .environment(name))
        }
        return config?.language ?? Setting(value: .en, origin: .builtIn)
    }

    /// `--no-cache`; else `LIBCOOP_NO_CACHE` set to anything; else the config file; else on.
    private static func cache(_ flags: SettingFlags, environment: [String: String], config: ConfigFile?) -> Setting<Bool> {
        if flags.noCache { return Setting(value: false, origin: .flag("--no-cache")) }
        if let variable = environment["LIBCOOP_NO_CACHE"], !variable.isEmpty {
            return Setting(value: false, origin: .environment("LIBCOOP_NO_CACHE"))
        }
        return config?.cache ?? Setting(value: true, origin: .builtIn)
    }

    private static func color(_ flags: SettingFlags, environment: [String: String]) -> Setting<Bool> {
        if flags.noColor { return Setting(value: false, origin: .flag("--no-color")) }
        if let variable = environment["NO_COLOR"], !variable.isEmpty { return Setting(value: false, origin: .environment("NO_COLOR")) }
        return Setting(value: true, origin: .builtIn)
    }
}
