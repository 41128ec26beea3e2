import LibcoopCore
import LibcoopRender
import Testing
@testable import LibcoopApp

/// Detail overlays label a record's fields with the names its declaration gives them, in the UI's
/// language, in a column as wide as the widest label so no label runs into its value.
@Suite struct DetailLabelTests {
    @Test(arguments: [Language.chinese, .english])
    func personOverlayLabelsComeFromTheStaffDeclarationInOneColumn(language: Language) {
        var state = startBrowser(language: language)
        send(&state, .char("j"), .char("3"), .key(.enter))
        #expect(personOverlayID(state) == "zhangqingwen")
        let text = screen(state).joined(separator: "\n")
        let fields: [(StaffMember.Field, String)] = [
            (.library, language.pick("雨花台区图书馆", "Yuhuatai District Library")),
            (.title, language.pick("副馆长", "Deputy Director")),
            (.id, "zhangqingwen"),
        ]
        let column = [StaffMember.Field.library, .department, .title, .id].map { $0.label.text(in: language).displayWidth }.max()! + 2
        for (field, value) in fields {
            let label = field.label.text(in: language)
            #expect(text.contains(label.padded(toWidth: column) + value), "expected \(label) then \(value) at column \(column)")
        }
    }

    @Test func englishPersonOverlayNeverRunsALabelIntoItsValue() {
        var state = startBrowser(language: .english)
        send(&state, .char("j"), .char("3"), .key(.enter))
        let text = screen(state).joined(separator: "\n")
        #expect(!text.contains("Belongs toYuhuatai"))
        #expect(!text.contains("Department—"))
    }
}
