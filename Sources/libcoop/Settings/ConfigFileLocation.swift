/// Where config.toml lives: `$XDG_CONFIG_HOME/libcoop/config.toml`, or
/// `~/.config/libcoop/config.toml` when that variable is unset, empty or not an absolute path (the
/// XDG base directory specification ignores relative ones).
enum ConfigFileLocation {
    static func path(environment: [String: String]) -> String {
        if let base = environment["XDG_CONFIG_HOME"], base.hasPrefix("/") {
            return base + "/libcoop/config.toml"
        }
        return (environment["HOME"] ?? "") + "/.config/libcoop/config.toml"
    }
}
