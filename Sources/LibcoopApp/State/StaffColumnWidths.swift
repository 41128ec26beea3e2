import LibcoopCore
import LibcoopRender

/// The widest name, pinyin and library (or organisation) among all the staff, in each language:
/// the `/` search's columns take these widths, so they stay where they are while the results
/// change with every key. Measured as the cells show the text (made safe) with East Asian
/// Ambiguous characters wide (a `·` in a name), the most any terminal needs. Built with the search indexes, in the background: at national
/// scale it reads every person once.
public struct StaffColumnWidths: Sendable, Equatable {
    public var name: [Language: Int]
    public var pinyin: Int
    public var owner: [Language: Int]

    public init(dataset: Dataset, staff: StaffSearchIndex) {
        var owners: [String: (name: String, english: String?)] = [:]
        for library in dataset.libraries { owners[library.id] = (library.name, library.nameEnglish) }
        for organization in dataset.organizations where owners[organization.id] == nil {
            owners[organization.id] = (organization.name, organization.nameEnglish)
        }
        var name: [Language: Int] = [.chinese: 0, .english: 0]
        var owner: [Language: Int] = [.chinese: 0, .english: 0]
        var ownersSeen = Set<String>()
        var pinyin = 0
        for (position, member) in staff.staff.enumerated() {
            for language in [Language.chinese, .english] {
                name[language] = max(name[language] ?? 0, Self.shownWidth(language.name(member.name, english: member.nameEnglish)))
            }
            pinyin = max(pinyin, Self.shownWidth(staff.pinyin(ofStaffAt: position)))
            if let id = member.library ?? member.organization, ownersSeen.insert(id).inserted {
                for language in [Language.chinese, .english] {
                    let shown = owners[id].map { language.name($0.name, english: $0.english) } ?? id
                    owner[language] = max(owner[language] ?? 0, Self.shownWidth(shown))
                }
            }
        }
        self.name = name
        self.pinyin = pinyin
        self.owner = owner
    }

    /// The width of `text` as a cell shows it: made safe first (a control or bidi override is
    /// shown as `\u{202E}`), ambiguous characters wide.
    private static func shownWidth(_ text: String) -> Int {
        TerminalText.sanitized(text).displayWidth(ambiguous: .wide)
    }
}
