/// Where an effective setting came from, strongest first: a command-line flag, an environment
/// variable, a line of config.toml, or the built-in default.
enum SettingOrigin: Equatable, Sendable {
    case flag(String)
    case environment(String)
    case configFile(path: String, line: Int)
    case builtIn

    /// `flag --lang`, `environment LANG`, `config /home/u/.config/libcoop/config.toml:3`, `default`.
    var description: String {
        switch self {
        case .flag(let name): "flag \(name)"
        case .environment(let name): "environment \(name)"
        case .configFile(let path, let line): "config \(path):\(line)"
        case .builtIn: "default"
        }
    }
}

/// One effective setting and where it came from.
struct Setting<Value: Sendable>: Sendable {
    var value: Value
    var origin: SettingOrigin
}
