/// One setting in `libcoop config --json`: `{"value": …, "from": "flag"|"environment"|"config"|"default",
/// "flag": "--lang" | "variable": "LANG" | "file": …, "line": 3}`.
struct SettingJSON: Encodable {
    /// A setting's value as JSON: a string, a boolean, a list of paths, or null (the default
    /// that has no value of its own: the bundled sample, asking the terminal).
    enum Value: Encodable {
        case text(String)
        case flag(Bool)
        case paths([String])
        case null

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .flag(let flag): try container.encode(flag)
            case .paths(let paths): try container.encode(paths)
            case .null: try container.encodeNil()
            }
        }
    }

    var value: Value
    var origin: SettingOrigin

    private enum CodingKeys: String, CodingKey {
        case value, from, flag, variable, file, line
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(value, forKey: .value)
        switch origin {
        case .flag(let name):
            try container.encode("flag", forKey: .from)
            try container.encode(name, forKey: .flag)
        case .environment(let name):
            try container.encode("environment", forKey: .from)
            try container.encode(name, forKey: .variable)
        case .configFile(let path, let line):
            try container.encode("config", forKey: .from)
            try container.encode(path, forKey: .file)
            try container.encode(line, forKey: .line)
        case .builtIn:
            try container.encode("default", forKey: .from)
        }
    }
}
