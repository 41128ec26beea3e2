import Foundation
import LibcoopApp
import LibcoopRender
import TOMLKit

/// The settings read from config.toml (parsed with TOMLKit), each with the line it is on.
///
/// A missing file is no settings at all. A file that cannot be read, is not UTF-8, is not valid
/// TOML, or holds a setting of the wrong type or value, is a `ConfigFileError` naming each problem
/// as `FILE:LINE: message`. An unknown key is only a warning.
struct ConfigFile: Sendable {
    /// The settings a config file may hold, in the order `libcoop config` lists them.
    static let keys = ["data", "language", "theme", "ascii", "mouse", "cache"]

    let path: String
    var data: Setting<[String]>?
    var language: Setting<LanguageOption>?
    var theme: Setting<ColorTheme>?
    var ascii: Setting<Bool>?
    var mouse: Setting<Bool>?
    /// Whether large datasets are read through the snapshot cache (`false`: as `--no-cache`).
    var cache: Setting<Bool>?
    /// `FILE:LINE: unknown setting "foo"; ignored`, one per unknown key.
    var warnings: [String] = []

    /// The config file of this process's environment, read once; nil when there is none.
    static let current: Result<ConfigFile?, ConfigFileError> = load(environment: ProcessInfo.processInfo.environment)

    /// Reads the config file the environment points to.
    static func load(environment: [String: String]) -> Result<ConfigFile?, ConfigFileError> {
        let path = ConfigFileLocation.path(environment: environment)
        let shown = TerminalText.sanitized(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .success(nil) }
        if isDirectory.boolValue { return .failure(ConfigFileError(messages: ["\(shown): is a directory, not a config file"])) }
        let bytes: [UInt8]
        switch Self.read(path) {
        case .success(let read): bytes = read
        case .failure(let reason): return .failure(ConfigFileError(messages: ["\(shown): cannot read the config file: \(reason.description.lowercased())"]))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(ConfigFileError(messages: ["\(shown):\(Self.firstInvalidUTF8Line(bytes)): the config file is not UTF-8 text"]))
        }
        return parse(text, path: path, home: environment["HOME"] ?? "").map { Optional($0) }
    }

    /// Parses config.toml's text; `path` names it in messages and anchors relative data paths.
    static func parse(_ text: String, path: String, home: String) -> Result<ConfigFile, ConfigFileError> {
        let shown = TerminalText.sanitized(path)
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            return .failure(ConfigFileError(messages: ["\(shown):\(error.source.begin.line): \(TerminalText.sanitized(error.description))"]))
        } catch {
            return .failure(ConfigFileError(messages: ["\(shown):1: \(TerminalText.sanitized("\(error)"))"]))
        }
        let lines = ConfigKeyLines(text)
        var file = ConfigFile(path: path)
        var problems: [(line: Int, message: String)] = []
        var warnings: [(line: Int, message: String)] = []
        for key in table.keys {
            guard let value = table[key] else { continue }
            let line = lines.line(of: key)
            let origin = SettingOrigin.configFile(path: path, line: line)
            let at = "\(shown):\(line)"
            switch key {
            case "data":
                switch dataPaths(value, configPath: path, home: home) {
                case .success(let paths): file.data = Setting(value: paths, origin: origin)
                case .failure(let message): problems.append((line, "\(at): \"data\" \(message.text)"))
                }
            case "language":
                if let text = value.string, let language = LanguageOption(rawValue: text) {
                    file.language = Setting(value: language, origin: origin)
                } else {
                    problems.append((line, "\(at): \"language\" must be \"zh\" or \"en\", not \(describe(value))"))
                }
            case "theme":
                if let text = value.string, let theme = ColorTheme(rawValue: text) {
                    file.theme = Setting(value: theme, origin: origin)
                } else {
                    problems.append((line, "\(at): \"theme\" must be \"default\" or \"high-contrast\", not \(describe(value))"))
                }
            case "ascii", "mouse", "cache":
                guard value.type == .bool, let flag = value.bool else {
                    problems.append((line, "\(at): \"\(key)\" must be true or false, not \(describe(value))"))
                    continue
                }
                switch key {
                case "ascii": file.ascii = Setting(value: flag, origin: origin)
                case "mouse": file.mouse = Setting(value: flag, origin: origin)
                default: file.cache = Setting(value: flag, origin: origin)
                }
            default:
                warnings.append((line, "\(at): unknown setting \"\(TerminalText.sanitized(key))\"; ignored"))
            }
        }
        guard problems.isEmpty else { return .failure(ConfigFileError(messages: inLineOrder(problems))) }
        file.warnings = inLineOrder(warnings)
        return .success(file)
    }

    /// `data`: one path or an array of them; `~/` is the home folder, a relative path is taken
    /// from the config file's folder.
    private static func dataPaths(_ value: TOMLValueConvertible, configPath: String, home: String) -> Result<[String], Message> {
        var texts: [String] = []
        if value.type == .string, let text = value.string {
            texts = [text]
        } else if value.type == .array, let array = value.array {
            for element in array {
                guard element.type == .string, let text = element.string else {
                    return .failure(Message(text: "must be a path or a list of paths, but the list holds \(describe(element))"))
                }
                texts.append(text)
            }
        } else {
            return .failure(Message(text: "must be a path or a list of paths, not \(describe(value))"))
        }
        guard !texts.isEmpty else { return .failure(Message(text: "must name at least one file or folder")) }
        if texts.contains(where: \.isEmpty) { return .failure(Message(text: "holds an empty path")) }
        let folder = (configPath as NSString).deletingLastPathComponent
        return .success(texts.map { text in
            if text == "~" { return home }
            if text.hasPrefix("~/") { return home + text.dropFirst(1) }
            if text.hasPrefix("/") { return text }
            return folder + "/" + text
        })
    }

    /// A failure message for `dataPaths`.
    private struct Message: Error { var text: String }

    /// A value as an error message shows it: `the string "fr"`, `an integer`, `a list`.
    private static func describe(_ value: TOMLValueConvertible) -> String {
        switch value.type {
        case .string: "the string \"\(TerminalText.sanitized(value.string ?? ""))\""
        case .int: "an integer"
        case .double: "a number"
        case .bool: "\(value.bool == true ? "true" : "false")"
        case .array: "a list"
        case .table: "a table"
        case .date, .time, .dateTime: "a date or time"
        }
    }

    /// The messages in the order of their lines (TOMLKit lists keys in its own order).
    private static func inLineOrder(_ messages: [(line: Int, message: String)]) -> [String] {
        messages.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element.message)
    }

    /// The file's bytes, or the system's reason it cannot be read.
    private static func read(_ path: String) -> Result<[UInt8], ReadFailure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(ReadFailure(reason: String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return .success(bytes) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(ReadFailure(reason: String(cString: strerror(errno))))
            }
            bytes.append(contentsOf: buffer[0..<count])
        }
    }

    /// Why a read failed, as `strerror` says it.
    private struct ReadFailure: Error, CustomStringConvertible {
        var reason: String
        var description: String { reason }
    }

    /// The 1-based line holding the first byte that is not UTF-8.
    private static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int {
        var lineNumber = 1
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if String(validating: line, as: UTF8.self) == nil { return lineNumber }
            lineNumber += 1
        }
        return 1
    }
}
