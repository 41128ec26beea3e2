/// Why the full-screen terminal interface could not start. Each case has a message for the user
/// and an exit status (sysexits), so a program can print `description` and exit with
/// `exitStatus` instead of crashing.
public enum TerminalStartError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (piped, redirected, run from cron).
    case notATerminal
    /// `TERM` is not set.
    case noTerminalType
    /// ncurses has no description of this `TERM`.
    case unknownTerminal(String)
    /// The terminal cannot position the cursor (such as `TERM=dumb`).
    case unsupportedTerminal(String)
    /// No UTF-8 locale is available, so Chinese text cannot be shown.
    case noUTF8Locale
    /// Another terminal backend is already running in this process.
    case alreadyActive

    public var description: String {
        switch self {
        case .notATerminal:
            "标准输入或输出不是终端，无法打开全屏界面。(stdin/stdout is not a terminal)"
        case .noTerminalType:
            "未设置 TERM 环境变量，无法驱动终端。(TERM is not set)"
        case .unknownTerminal(let name):
            "无法识别终端类型 “\(name)”，请设置 TERM，例如 xterm-256color。(unknown terminal type)"
        case .unsupportedTerminal(let name):
            "终端 “\(name)” 不支持光标定位，无法打开全屏界面。(terminal cannot address the cursor)"
        case .noUTF8Locale:
            "找不到 UTF-8 区域设置，无法显示中文；请设置 LANG=zh_CN.UTF-8 或 C.UTF-8。(no UTF-8 locale)"
        case .alreadyActive:
            "终端界面已在运行。(terminal backend already active)"
        }
    }

    /// The exit status to use: `EX_USAGE` (64) when not run on a terminal, `EX_UNAVAILABLE` (69)
    /// when the terminal cannot be driven, `EX_SOFTWARE` (70) for a second backend.
    public var exitStatus: Int32 {
        switch self {
        case .notATerminal: 64
        case .noTerminalType, .unknownTerminal, .unsupportedTerminal, .noUTF8Locale: 69
        case .alreadyActive: 70
        }
    }
}
