import LibcoopCore
import LibcoopRender
import Testing
@testable import LibcoopApp

/// `e` edits the record the user is on: `update` only names it in a `.changeRecords` effect (the
/// executable runs the editor), and the outcome comes back as `.recordsChanged`: the new data with
/// the same record selected, and a status line saying what happened.
@Suite struct RecordEditKeyTests {
    private func text(_ state: BrowserState) -> String { screen(state).joined(separator: "\n") }

    /// The sample with `staff:id`'s title changed, as the runtime would read it after the edit.
    private func data(withTitle title: String, for id: String) throws -> BrowserData {
        var dataset = sampleData.dataset
        let position = try #require(dataset.staff.firstIndex { $0.id == id })
        dataset.staff[position].title = title
        dataset.staff[position].titleEnglish = title
        return BrowserData(dataset: dataset, files: sampleData.files)
    }

    @Test func eInTheTreeEditsTheSelectedLibrary() {
        var state = startBrowser()
        send(&state, .char("j"))
        #expect(send(&state, .char("e")) == .changeRecords(.edit(RecordReference(kind: .library, id: "yuhuatai"))))
    }

    @Test func eOnAStaffRowEditsThatPersonAndTheSavedTitleShowsWithThePersonStillSelected() throws {
        var state = startBrowser()
        send(&state, .char("j"), .char("3"), .char("j"))
        let person = try #require(selectedStaffID(state))
        let request = RecordChangeRequest.edit(RecordReference(kind: .staff, id: person))
        #expect(send(&state, .char("e")) == .changeRecords(request))
        let changed = try data(withTitle: "特约编辑测试员", for: person)
        Browser.update(&state, .recordsChanged(request, .saved(RecordReference(kind: .staff, id: person), path: "/data/records.json",
                                                               data: .success(changed))))
        #expect(selectedLibraryID(state) == "yuhuatai")
        #expect(state.tab == .staff)
        #expect(state.focus == .content)
        #expect(selectedStaffID(state) == person)
        #expect(state.overlay == nil)
        #expect(text(state).contains("特约编辑测试员"))
        #expect(state.status == StatusMessage("已保存到 /data/records.json。"))
    }

    @Test func eInAPersonsOverlayEditsThePersonAndReopensTheOverlayWithTheNewData() throws {
        var state = startBrowser(language: .english)
        send(&state, .char("j"), .char("3"), .key(KeyEvent(.enter)))
        guard case .person(let detail) = state.overlay else { Issue.record("no person overlay"); return }
        let person = sampleData.dataset.staff[detail.staff].id
        let request = RecordChangeRequest.edit(RecordReference(kind: .staff, id: person))
        #expect(send(&state, .char("e")) == .changeRecords(request))
        Browser.update(&state, .recordsChanged(request, .saved(request.record, path: "d.json", data: .success(try data(withTitle: "Chief Tester", for: person)))))
        guard case .person(let reopened) = state.overlay else { Issue.record("the person overlay is not open again"); return }
        #expect(state.data.dataset.staff[reopened.staff].id == person)
        #expect(text(state).contains("Chief Tester"))
        #expect(state.status == StatusMessage("Saved to d.json."))
    }

    @Test func theFooterAndHelpOfferE() {
        var state = startBrowser(language: .english)
        #expect(screen(state).last?.contains("e  edit") == true)
        send(&state, .char("?"))
        #expect(text(state).contains("edit the selected record"))
        send(&state, .key(KeyEvent(.escape)), .char("j"), .char("3"), .key(KeyEvent(.enter)))
        #expect(screen(state).last?.contains("e  edit") == true)
    }

    @Test func eInASpacesOverlayNamesTheSpace() throws {
        var state = startBrowser()
        send(&state, .char("j"), .char("2"), .key(KeyEvent(.enter)), .key(KeyEvent(.enter)))
        guard case .room(let detail) = state.overlay else { Issue.record("no space overlay"); return }
        #expect(send(&state, .char("e")) == .changeRecords(.edit(RecordReference(kind: .space, id: detail.space.id))))
    }

    @Test func eOnATimelineRowOrAProgramRowNamesThatRecord() throws {
        var state = startBrowser()
        send(&state, .char("j"), .char("5"))
        let entry = LinkageTab.entries(state)[0]
        #expect(send(&state, .char("e")) == .changeRecords(.edit(RecordReference(kind: entry.kind == .event ? .event : .phase, id: entry.id))))
        send(&state, .char("4"))
        let program = state.records.programs[0]
        #expect(send(&state, .char("e")) == .changeRecords(.edit(RecordReference(kind: .program, id: program.id))))
    }

    @Test func theBundledSampleIsReadOnlyAndTheStatusLineSaysHowToEdit() {
        var state = startBrowser(language: .english)
        let request = RecordChangeRequest.edit(RecordReference(kind: .library, id: "nanjing"))
        Browser.update(&state, .recordsChanged(request, .readOnly))
        #expect(state.status?.isError == true)
        #expect(text(state).contains("read-only"))
        #expect(state.status?.text.contains("--data FILE or $LIBCOOP_DATA") == true)
    }

    @Test func nothingChangedAndRefusalsSayWhatHappenedAndKeepTheData() {
        var state = startBrowser(language: .english)
        send(&state, .char("j"))
        let request = RecordChangeRequest.edit(RecordReference(kind: .library, id: "yuhuatai"))
        Browser.update(&state, .recordsChanged(request, .unchanged))
        #expect(state.status == StatusMessage("Nothing changed; nothing written."))
        Browser.update(&state, .recordsChanged(request, .notWritten(.changedOnDisk(path: "d.json"), recovery: "/tmp/r/library-yuhuatai.json")))
        #expect(state.status == StatusMessage("Refused: d.json changed on disk; your edit is kept in /tmp/r/library-yuhuatai.json.", isError: true))
        Browser.update(&state, .recordsChanged(request, .notWritten(.editorFailed(status: 1), recovery: nil)))
        #expect(state.status == StatusMessage("The editor exited with status 1; nothing written.", isError: true))
        #expect(selectedLibraryID(state) == "yuhuatai")
        #expect(state.focus == .libraries)
    }

    @Test func aAddsARecordOfTheTabsKindToTheSelectedLibrary() {
        var state = startBrowser()
        send(&state, .char("j"))
        #expect(send(&state, .char("a")) == .changeRecords(.add(.library, library: nil)))
        #expect(send(&state, .char("3"), .char("a")) == .changeRecords(.add(.staff, library: "yuhuatai")))
        #expect(send(&state, .char("4"), .char("a")) == .changeRecords(.add(.program, library: "yuhuatai")))
        #expect(send(&state, .char("5"), .char("a")) == .changeRecords(.add(.event, library: "yuhuatai")))
        #expect(send(&state, .char("2"), .char("a")) == .none)
        #expect(state.status?.text.contains("按 e") == true)
    }

    @Test func anAddedPersonIsSelectedInTheStaffTable() throws {
        var state = startBrowser(language: .english)
        send(&state, .char("j"), .char("3"))
        var dataset = sampleData.dataset
        var person = dataset.staff[0]
        person.id = "wangxiaoming"
        person.name = "王小明"
        person.nameEnglish = "Wang Xiaoming"
        person.library = "yuhuatai"
        person.organization = nil
        dataset.staff.append(person)
        let added = RecordReference(kind: .staff, id: "wangxiaoming")
        Browser.update(&state, .recordsChanged(.add(.staff, library: "yuhuatai"),
                                               .saved(added, path: "d.json", data: .success(BrowserData(dataset: dataset, files: sampleData.files)))))
        #expect(selectedStaffID(state) == "wangxiaoming")
        #expect(state.tab == .staff)
        #expect(state.status == StatusMessage("Added staff:wangxiaoming to d.json."))
        #expect(text(state).contains("Wang Xiaoming"))
    }

    @Test func theRuntimeRunsTheChangeAndItsOutcomeComesBackThroughUpdate() throws {
        var backend = InMemoryBackend(size: Size(width: 100, height: 30))
        backend.inject([.char("j"), .char("3"), .char("e"), .char("q")])
        var state = Browser.start(data: sampleData, size: backend.size, language: .english)
        var asked: [RecordChangeRequest] = []
        let changed = try data(withTitle: "Runtime Tester", for: "zhangqingwen")
        BrowserRuntime.run(&state, on: &backend, reload: { .success(sampleData) }, changeRecords: { request in
            asked.append(request)
            return .saved(request.record, path: "d.json", data: .success(changed))
        })
        #expect(asked == [.edit(RecordReference(kind: .staff, id: "zhangqingwen"))])
        #expect(backend.screenLines.contains { $0.contains("Runtime Tester") })
        #expect(backend.screenLines.last?.contains("Saved to d.json.") == true)
    }
}

extension RecordChangeRequest {
    /// The record an edit names.
    var record: RecordReference {
        switch self {
        case .edit(let record), .checkRemoval(let record), .remove(let record): record
        case .add(let kind, _): RecordReference(kind: kind, id: "new")
        }
    }
}
