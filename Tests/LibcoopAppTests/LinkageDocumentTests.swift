import LibcoopCore
import LibcoopRender
import LibcoopTestSupport
import Testing
@testable import LibcoopApp

/// Issue 13: the documents that drive the cooperation are part of its history. The 2022 work plan
/// is a row of the Linkage tab, in its year before the visit, with a mark of its own; Enter opens
/// it in the document overlay, whose link leads back to the talks that discuss it.
@Suite struct LinkageDocumentTests {
    private static let plan = "南京市公共图书馆2022年基层服务专项工作方案"

    /// Yuhuatai's Linkage tab with the work plan selected.
    private func planSelected(width: Int = 100, height: Int = 30, language: Language = .chinese) -> BrowserState {
        var state = startBrowser(width: width, height: height, language: language)
        send(&state, .char("j"), .char("5"))
        let row = LinkageTab.entries(state).firstIndex { $0.id == "plan-2022-grassroots-service" }
        #expect(row == 3, "the plan comes after the three phases, before the visit")
        for _ in 0..<(row ?? 0) { send(&state, .char("j")) }
        return state
    }

    @Test(arguments: Language.allCases)
    func theLinkageTabListsTheWorkPlanWithItsMark(language: Language) throws {
        let state = planSelected(language: language)
        let lines = screen(state)
        let title = language == .chinese ? Self.plan : "Nanjing Public Libraries' 2022 Special Work Plan"
        let row = try #require(lines.firstIndex { $0.contains("◆ " + title) }, "\(lines.joined(separator: "\n"))")
        #expect(lines[row].contains("2022 "), "\(lines[row])")
        let visit = try #require(lines.firstIndex { $0.contains("2022-05-30") })
        #expect(row < visit)
        let kind = language == .chinese ? "文件  工作方案 · 南京市公共图书馆" : "Document  work plan · Nanjing Public Libraries"
        #expect(lines.contains { $0.contains(kind) }, "the selected document's kind is shown below the list")
    }

    @Test func theWorkPlanIsListedIn2022() {
        var state = planSelected()
        while state.linkage.year != 2022 { send(&state, .char("y")) }
        #expect(LinkageTab.entries(state).map(\.id).contains("plan-2022-grassroots-service"))
    }

    @Test func enterOnTheWorkPlanOpensTheDocumentAndItsLinkLeadsBackToTheTalks() {
        var state = planSelected()
        send(&state, .key(.enter))
        guard case .document(let detail) = state.overlay else {
            Issue.record("Enter on the work plan opened no document overlay:\n\(screen(state).joined(separator: "\n"))")
            return
        }
        #expect(detail.document.id == "plan-2022-grassroots-service")
        #expect(detail.links == [RecordReference(kind: .event, id: "visit-2022-05-30-talks")])
        expectScreen(state, snapshot: "yuhuataiLinkageWorkPlan100x30")
        send(&state, .key(.enter))
        #expect(state.overlay == nil)
        #expect(state.tab == .linkage)
        #expect(state.linkage.list.selected.map { LinkageTab.entries(state)[$0].id } == "visit-2022-05-30-talks")
        send(&state, .key(.enter))
        guard case .entry(let talks) = state.overlay else {
            Issue.record("Enter on the talks opened no entry overlay")
            return
        }
        #expect(talks.links.contains(RecordReference(kind: .document, id: "plan-2022-grassroots-service")))
    }

    @Test func theDocumentMarkIsAsciiWhenAmbiguousCharactersAreWide() {
        AmbiguousWidth.$current.withValue(.wide) {
            let lines = screen(planSelected(width: 120, height: 40))
            #expect(lines.contains { $0.contains("# 南京市公共图书馆2022年基层服务") }, "\(lines.joined(separator: "\n"))")
            #expect(!lines.joined().contains("◆"))
        }
    }
}
