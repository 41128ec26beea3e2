import LibcoopCore
import LibcoopRender
import LibcoopTestSupport
import Testing
@testable import LibcoopApp

/// Every record `:` finds can be opened (issue 14): organisations and documents, which have no
/// tab, open in overlays of their own, from `:`, from `--open`, and from links.
@Suite struct RecordOverlayTests {
    private func text(_ state: BrowserState) -> String { screen(state).joined(separator: "\n") }

    /// `:`, `query` typed, the first result chosen with Enter.
    private func choose(_ query: String, language: Language = .chinese) -> BrowserState {
        var state = startBrowser(width: 100, height: 30, language: language)
        send(&state, .char(":"))
        type(&state, query)
        send(&state, .key(.enter))
        return state
    }

    @Test func choosingAnOrganisationFromSearchOpensIt() throws {
        let state = choose("雨花台区文化和旅游局")
        guard case .organization(let detail) = state.overlay else {
            Issue.record("no organisation overlay; status: \(state.status?.text ?? "none")\n\(text(state))")
            return
        }
        #expect(detail.organization.id == "yuhuatai-wenlu")
        #expect(state.status == nil, "\(state.status?.text ?? "")")
        let shown = text(state)
        for expected in ["雨花台区文化和旅游局", "Yuhuatai District Bureau of Culture and Tourism", "政府部门", "倪恒威"] {
            #expect(shown.contains(expected), "\(expected) missing:\n\(shown)")
        }
        #expect(detail.links.contains(RecordReference(kind: .staff, id: "nihengwei")))
        #expect(detail.links.contains(RecordReference(kind: .event, id: "visit-2022-05-30-talks")))
    }

    @Test func anOrganisationsPersonLinkOpensThePerson() {
        var state = choose("雨花台区文化和旅游局")
        guard case .organization(let detail) = state.overlay,
              let row = detail.links.firstIndex(of: RecordReference(kind: .staff, id: "nihengwei")) else {
            Issue.record("no organisation overlay with 倪恒威")
            return
        }
        for _ in 0..<row { send(&state, .char("j")) }
        send(&state, .key(.enter))
        #expect(personOverlayID(state) == "nihengwei")
    }

    @Test func choosingADocumentFromSearchOpensIt() {
        var state = choose("2022年基层服务")
        guard case .document(let detail) = state.overlay else {
            Issue.record("no document overlay; status: \(state.status?.text ?? "none")\n\(text(state))")
            return
        }
        #expect(detail.document.id == "plan-2022-grassroots-service")
        let shown = text(state)
        for expected in ["南京市公共图书馆2022年基层服务专项工作方案", "工作方案", "2022", "由焦翔介绍与解读"] {
            #expect(shown.contains(expected), "\(expected) missing:\n\(shown)")
        }
        // The event that discusses it is a link, and Enter follows it to the Linkage tab.
        #expect(detail.links == [RecordReference(kind: .event, id: "visit-2022-05-30-talks")])
        send(&state, .key(.enter))
        #expect(state.overlay == nil)
        #expect(state.tab == .linkage)
        #expect(state.linkage.list.selected.map { LinkageTab.entries(state)[$0].id } == "visit-2022-05-30-talks")
    }

    @Test func theDocumentOverlayReadsInEnglish() {
        let state = choose("2022年基层服务", language: .english)
        let shown = text(state)
        for expected in ["Nanjing Public Libraries' 2022 Special Work Plan", "work plan", "Year", "Links (Enter opens)"] {
            #expect(shown.contains(expected), "\(expected) missing:\n\(shown)")
        }
    }

    @Test(arguments: ["organization:yuhuatai-wenlu", "document:plan-2022-grassroots-service", "organization:nanjing-wenlu-party"])
    func openOrganisationsAndDocuments(_ target: String) throws {
        var state = startBrowser()
        let reference = try #require(RecordReference(parsing: target))
        #expect(Browser.open(reference, in: &state), "\(target) was not opened")
        switch state.overlay {
        case .organization(let detail): #expect("organization:" + detail.organization.id == target)
        case .document(let detail): #expect("document:" + detail.document.id == target)
        default: Issue.record("\(target) opened no overlay of its own")
        }
    }

    @Test(arguments: ["organization:nobody", "document:nothing"])
    func openMissingOrganisationsAndDocumentsFails(_ target: String) throws {
        var state = startBrowser()
        let reference = try #require(RecordReference(parsing: target))
        #expect(!Browser.open(reference, in: &state))
        #expect(state.overlay == nil)
    }

    @Test func anEventLinksToTheDocumentItDiscusses() throws {
        var state = startBrowser(width: 100, height: 30)
        let reference = try #require(RecordReference(parsing: "event:visit-2022-05-30-talks"))
        #expect(Browser.open(reference, in: &state))
        send(&state, .key(.enter))
        guard case .entry(let detail) = state.overlay else {
            Issue.record("Enter on the talks opened no entry overlay")
            return
        }
        let row = try #require(detail.links.firstIndex(of: RecordReference(kind: .document, id: "plan-2022-grassroots-service")),
                               "the talks do not link to the work plan: \(detail.links)")
        for _ in 0..<row { send(&state, .char("j")) }
        send(&state, .key(.enter))
        guard case .document = state.overlay else {
            Issue.record("following the work plan link opened no document overlay")
            return
        }
    }
}
