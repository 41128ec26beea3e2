import ArgumentParser
import LibcoopApp

/// The values `--lang` accepts. ArgumentParser checks them, lists them in `--help`, and turns any
/// other value into a usage error (exit 64) that names them.
enum LanguageOption: String, CaseIterable, ExpressibleByArgument {
    case zh
    case en

    /// The browser's language for this value.
    var language: Language {
        switch self {
        case .zh: .chinese
        case .en: .english
        }
    }
}
