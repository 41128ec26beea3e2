import Foundation
import LibcoopTestSupport
import Testing

/// config.toml as a user meets it: each setting and where `libcoop config` says it came from
/// (flags > environment > config > defaults), and every way a bad file is refused with exit 78
/// and `FILE:LINE: message` before any command starts.
@Suite struct ConfigFileTests {
    static let sample = CommandRunner.path("data/nanjing.json")

    /// A scratch XDG_CONFIG_HOME with `text` as libcoop/config.toml (no file when nil).
    struct ConfigHome {
        let scratch: ScratchDirectory
        var file: String { scratch.path("libcoop/config.toml") }

        init(_ text: String?) throws {
            scratch = try ScratchDirectory("config")
            try FileManager.default.createDirectory(atPath: scratch.path("libcoop"), withIntermediateDirectories: true)
            if let text { try text.write(toFile: scratch.path("libcoop/config.toml"), atomically: true, encoding: .utf8) }
        }

        /// Runs libcoop with this config home, a language-neutral locale and no NO_COLOR, plus `environment`.
        func run(_ arguments: [String], environment: [String: String] = [:], launcher: [String] = [], executable: URL? = nil) throws -> CommandRunner.Result {
            var merged = ["XDG_CONFIG_HOME": scratch.url.path, "LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "NO_COLOR": ""]
            for (key, value) in environment { merged[key] = value }
            return try CommandRunner.run(arguments, environment: merged, launcher: launcher, executable: executable)
        }

        /// `libcoop config --json` (plus `arguments`): each setting's JSON object by name.
        func settings(_ arguments: [String] = [], environment: [String: String] = [:]) throws -> [String: [String: Any]] {
            let result = try run(["config", "--json"] + arguments, environment: environment)
            try #require(result.status == 0, "\(result.error)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8), options: [.fragmentsAllowed]) as? [String: Any])
            return try #require(object["settings"] as? [String: [String: Any]])
        }
    }

    @Test("with no config file every setting is its default, and the path follows XDG_CONFIG_HOME")
    func noFileMeansDefaults() throws {
        let home = try ConfigHome(nil)
        defer { home.scratch.remove() }
        let settings = try home.settings()
        for name in ["data", "language", "color", "theme", "ascii", "mouse", "cache"] {
            #expect(settings[name]?["from"] as? String == "default", "\(name)")
        }
        #expect(settings["language"]?["value"] as? String == "en")
        #expect(settings["theme"]?["value"] as? String == "default")
        #expect(settings["mouse"]?["value"] as? Bool == true)
        #expect(settings["cache"]?["value"] as? Bool == true)
        let path = try home.run(["config", "--path"])
        #expect(path.output == home.file + "\n")
        let unset = try CommandRunner.run(["config", "--path"], environment: ["XDG_CONFIG_HOME": "", "HOME": "/home/someone"])
        #expect(unset.output == "/home/someone/.config/libcoop/config.toml\n")
    }

    @Test("every setting is read from the file, each with its line")
    func everySettingFromTheFile() throws {
        let home = try ConfigHome("""
            # my settings
            data = ["records/"]
            language = "zh"
            theme = "high-contrast"
            ascii = true
            mouse = false
            cache = false
            """)
        defer { home.scratch.remove() }
        let settings = try home.settings()
        let lines = ["data": 2, "language": 3, "theme": 4, "ascii": 5, "mouse": 6, "cache": 7]
        for (name, line) in lines {
            #expect(settings[name]?["from"] as? String == "config", "\(name)")
            #expect(settings[name]?["file"] as? String == home.file, "\(name)")
            #expect(settings[name]?["line"] as? Int == line, "\(name)")
        }
        #expect(settings["data"]?["value"] as? [String] == [home.scratch.url.path + "/libcoop/records/"], "a relative path is taken from the config file's folder")
        #expect(settings["language"]?["value"] as? String == "zh")
        #expect(settings["theme"]?["value"] as? String == "high-contrast")
        #expect(settings["ascii"]?["value"] as? Bool == true)
        #expect(settings["mouse"]?["value"] as? Bool == false)
        #expect(settings["cache"]?["value"] as? Bool == false)

        let text = try home.run(["config"])
        #expect(text.output.contains("config \(home.file):3"), "\(text.output)")
    }

    @Test("data: a file or folder from config.toml is what commands read; ~ is the home folder")
    func dataFromTheFileIsRead() throws {
        let home = try ConfigHome(nil)
        defer { home.scratch.remove() }
        try FileManager.default.createDirectory(atPath: home.scratch.path("records"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.sample, toPath: home.scratch.path("records/nanjing.json"))
        try "data = \"~/records\"\n".write(toFile: home.file, atomically: true, encoding: .utf8)
        let result = try home.run(["libraries", "--json"], environment: ["HOME": home.scratch.url.path])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("yuhuatai"))
        let settings = try home.settings(environment: ["HOME": home.scratch.url.path])
        #expect(settings["data"]?["value"] as? [String] == [home.scratch.path("records")])

        try "data = \"missing.json\"\n".write(toFile: home.file, atomically: true, encoding: .utf8)
        let missing = try home.run(["libraries"])
        #expect(missing.status == 66, "a configured file that is not there is a file that cannot be opened: \(missing.error)")
        #expect(missing.error.contains("missing.json"))
    }

    @Test("precedence for data: --data > LIBCOOP_DATA > config")
    func dataPrecedence() throws {
        let home = try ConfigHome("data = \"/from/config.json\"\n")
        defer { home.scratch.remove() }
        let fromEnvironment = try home.settings(environment: ["LIBCOOP_DATA": "/from/env.json"])
        #expect(fromEnvironment["data"]?["from"] as? String == "environment")
        #expect(fromEnvironment["data"]?["variable"] as? String == "LIBCOOP_DATA")
        #expect(fromEnvironment["data"]?["value"] as? [String] == ["/from/env.json"])
        let fromFlag = try home.settings(["--data", "/from/flag.json"], environment: ["LIBCOOP_DATA": "/from/env.json"])
        #expect(fromFlag["data"]?["from"] as? String == "flag")
        #expect(fromFlag["data"]?["value"] as? [String] == ["/from/flag.json"])
        let result = try home.run(["libraries", "--data", Self.sample])
        #expect(result.status == 0, "--data wins over the configured file: \(result.error)")
    }

    @Test("precedence for language: --lang > LC_ALL/LC_MESSAGES/LANG > config; a C locale leaves it to the config")
    func languagePrecedence() throws {
        let home = try ConfigHome("language = \"zh\"\n")
        defer { home.scratch.remove() }
        #expect(try home.settings()["language"]?["value"] as? String == "zh", "LANG=C.UTF-8 names no language")
        let fromLang = try home.settings(environment: ["LANG": "en_GB.UTF-8"])["language"]
        #expect(fromLang?["value"] as? String == "en")
        #expect(fromLang?["variable"] as? String == "LANG")
        let fromAll = try home.settings(environment: ["LANG": "en_GB.UTF-8", "LC_ALL": "zh_CN.UTF-8"])["language"]
        #expect(fromAll?["value"] as? String == "zh")
        #expect(fromAll?["variable"] as? String == "LC_ALL")
        let fromFlag = try home.settings(["--lang", "en"], environment: ["LANG": "zh_CN.UTF-8"])["language"]
        #expect(fromFlag?["value"] as? String == "en")
        #expect(fromFlag?["flag"] as? String == "--lang")

        let report = try home.run(["floors", "yuhuatai", "--format", "md"])
        #expect(report.status == 0, "\(report.error)")
        let english = try home.run(["floors", "yuhuatai", "--format", "md", "--lang", "en"])
        #expect(report.output != english.output, "the configured language reaches the command's headings")
    }

    @Test("precedence for colour, ascii and mouse: flags > NO_COLOR > config > default")
    func switchesPrecedence() throws {
        let home = try ConfigHome("ascii = true\nmouse = false\ntheme = \"high-contrast\"\n")
        defer { home.scratch.remove() }
        let fromConfig = try home.settings()
        #expect(fromConfig["ascii"]?["value"] as? Bool == true)
        #expect(fromConfig["mouse"]?["value"] as? Bool == false)
        let fromFlags = try home.settings(["--no-ascii", "--mouse", "--no-color"], environment: [:])
        #expect(fromFlags["ascii"]?["value"] as? Bool == false)
        #expect(fromFlags["ascii"]?["flag"] as? String == "--no-ascii")
        #expect(fromFlags["mouse"]?["value"] as? Bool == true)
        #expect(fromFlags["mouse"]?["flag"] as? String == "--mouse")
        #expect(fromFlags["color"]?["value"] as? Bool == false)
        #expect(fromFlags["color"]?["flag"] as? String == "--no-color")
        let noColor = try home.settings(environment: ["NO_COLOR": "1"])
        #expect(noColor["color"]?["variable"] as? String == "NO_COLOR")
        #expect(noColor["theme"]?["value"] as? String == "high-contrast", "NO_COLOR turns colour off, the theme stays")
    }

    @Test("a TOML syntax error names the file and line, and every command exits 78 without output")
    func syntaxErrorExits78() throws {
        let home = try ConfigHome("language = \"zh\"\n\n[theme\n")
        defer { home.scratch.remove() }
        for command in [["libraries", "--data", Self.sample], ["schema"], ["config"], ["validate", Self.sample]] {
            let result = try home.run(command)
            #expect(result.status == 78, "\(command): \(result.error)")
            #expect(result.output.isEmpty, "\(command)")
            #expect(result.error.hasPrefix("libcoop: \(home.file):3: "), "\(command): \(result.error)")
        }
        let path = try home.run(["config", "--path"])
        #expect(path.status == 0, "--path still says where the bad file is")
    }

    @Test("a wrong type or a bad value names its line; all problems are listed; nothing runs")
    func wrongTypesAndValues() throws {
        let home = try ConfigHome("""
            mouse = "no"
            language = "fr"
            theme = 3
            data = [1, 2]
            ascii = true
            """)
        defer { home.scratch.remove() }
        let result = try home.run(["libraries", "--data", Self.sample])
        #expect(result.status == 78)
        #expect(result.output.isEmpty)
        #expect(result.error == """
            libcoop: \(home.file):1: "mouse" must be true or false, not the string "no"
            libcoop: \(home.file):2: "language" must be "zh" or "en", not the string "fr"
            libcoop: \(home.file):3: "theme" must be "default" or "high-contrast", not an integer
            libcoop: \(home.file):4: "data" must be a path or a list of paths, but the list holds an integer

            """)
    }

    @Test("an unknown key warns on standard error with its line and the command still runs")
    func unknownKeyWarns() throws {
        let home = try ConfigHome("language = \"en\"\ncolour = \"blue\"\n")
        defer { home.scratch.remove() }
        let result = try home.run(["libraries", "--data", Self.sample])
        #expect(result.status == 0)
        #expect(result.output.contains("yuhuatai"))
        #expect(result.error == "libcoop: warning: \(home.file):2: unknown setting \"colour\"; ignored\n")
    }

    @Test("a directory where the config file should be is an error 78")
    func directoryInPlaceOfTheFile() throws {
        let home = try ConfigHome(nil)
        defer { home.scratch.remove() }
        try FileManager.default.createDirectory(atPath: home.file, withIntermediateDirectories: true)
        let result = try home.run(["libraries", "--data", Self.sample])
        #expect(result.status == 78)
        #expect(result.error == "libcoop: \(home.file): is a directory, not a config file\n")
    }

    @Test("a config file that is not UTF-8 is an error 78 naming its line")
    func notUTF8() throws {
        let home = try ConfigHome(nil)
        defer { home.scratch.remove() }
        try Data("language = \"zh\"\n# \u{4E2D}\n".utf8 + [0xD6, 0xD0, 0x0A]).write(to: URL(fileURLWithPath: home.file))
        let result = try home.run(["schema"])
        #expect(result.status == 78)
        #expect(result.error == "libcoop: \(home.file):3: the config file is not UTF-8 text\n")
    }

    @Test(.enabled(if: InputFileTests.unprivilegedLauncher != nil, "running as root without setpriv or runuser"))
    func unreadableFile() throws {
        let launcher = try #require(InputFileTests.unprivilegedLauncher)
        let home = try ConfigHome("language = \"zh\"\n")
        defer { home.scratch.remove() }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: home.scratch.url.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: home.scratch.path("libcoop"))
        let executable = URL(fileURLWithPath: home.scratch.path("libcoop-binary"))
        try FileManager.default.copyItem(at: CommandRunner.binary, to: executable)
        let sample = home.scratch.path("sample.json")
        try FileManager.default.copyItem(atPath: Self.sample, toPath: sample)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: sample)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: home.file)
        let control = try home.run(["libraries", "--data", sample], launcher: launcher, executable: executable)
        #expect(control.status == 0, "the unprivileged run works at all: \(control.error)")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: home.file)
        let result = try home.run(["libraries", "--data", sample], launcher: launcher, executable: executable)
        #expect(result.status == 78)
        #expect(result.error == "libcoop: \(home.file): cannot read the config file: permission denied\n")
    }
}
