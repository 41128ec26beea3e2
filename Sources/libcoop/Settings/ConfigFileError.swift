/// Why config.toml cannot be used: every problem as `FILE:LINE: message` (or `FILE: message` when
/// no line is to blame, such as a directory in its place). Any problem makes every command exit 78
/// (EX_CONFIG) before it starts, so no command runs with half its settings.
struct ConfigFileError: Error, Sendable {
    var messages: [String]
}
