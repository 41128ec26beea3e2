/// What a command's own flags say about the settings; nil (or empty) where no flag was given.
struct SettingFlags {
    var data: [String] = []
    var language: LanguageOption?
    var noColor = false
    var ascii: Bool?
    var mouse: Bool?
    var noCache = false
}
