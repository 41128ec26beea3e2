import LibcoopCore
import LibcoopRender
import Testing
@testable import LibcoopApp

/// `D` removes the record the user is on, as `libcoop remove` does: the runtime first checks that
/// nothing refers to it (else the status line lists the references), then the status line asks
/// (y/N), and only `y` asks for the removal.
@Suite struct RecordRemovalKeyTests {
    private let person = RecordReference(kind: .staff, id: "zhangqingwen")

    /// On 张庆文's row of Yuhuatai's Staff tab.
    private func onPerson(language: Language = .english) -> BrowserState {
        var state = startBrowser(language: language)
        send(&state, .char("j"), .char("3"))
        while selectedStaffID(state) != person.id, state.staff.table.selected! < state.selectedLibraryStaff.count - 1 {
            send(&state, .char("j"))
        }
        return state
    }

    @Test func dChecksFirstThenAsksAndYRemoves() throws {
        var state = onPerson()
        #expect(selectedStaffID(state) == person.id)
        #expect(send(&state, .char("D")) == .changeRecords(.checkRemoval(person)))
        Browser.update(&state, .recordsChanged(.checkRemoval(person), .removable(person, path: "d.json")))
        #expect(screen(state).last?.contains("Remove staff:zhangqingwen from d.json? (y/N)") == true)
        #expect(send(&state, .char("y")) == .changeRecords(.remove(person)))
        var dataset = sampleData.dataset
        dataset.staff.removeAll { $0.id == person.id }
        Browser.update(&state, .recordsChanged(.remove(person), .removed(person, path: "d.json",
                                                                        data: .success(BrowserData(dataset: dataset, files: sampleData.files)))))
        #expect(state.status == StatusMessage("Removed staff:zhangqingwen from d.json."))
        #expect(state.tab == .staff)
        #expect(selectedLibraryID(state) == "yuhuatai")
        #expect(!screen(state).joined().contains("Zhang Qingwen"))
        #expect(selectedStaffID(state) != nil)
    }

    @Test("D in a person's detail overlay removes that person: checked, asked, and the overlay closed once removed")
    func dInADetailOverlayRemovesItsRecord() throws {
        var state = onPerson()
        send(&state, .key(KeyEvent(.enter)))
        guard case .person = state.overlay else { Issue.record("no person overlay"); return }
        #expect(screen(state).last?.contains("D  remove") == true, "the footer does not offer D: \(screen(state).last ?? "")")
        #expect(send(&state, .char("D")) == .changeRecords(.checkRemoval(person)))
        Browser.update(&state, .recordsChanged(.checkRemoval(person), .removable(person, path: "d.json")))
        #expect(send(&state, .char("y")) == .changeRecords(.remove(person)))
        var dataset = sampleData.dataset
        dataset.staff.removeAll { $0.id == person.id }
        Browser.update(&state, .recordsChanged(.remove(person), .removed(person, path: "d.json",
                                                                        data: .success(BrowserData(dataset: dataset, files: sampleData.files)))))
        #expect(state.overlay == nil)
        #expect(state.status == StatusMessage("Removed staff:zhangqingwen from d.json."))
    }

    @Test("D in a space's overlay says spaces are edited with their library; in a search it is typed")
    func dInASpaceOverlayOrASearch() {
        var state = startBrowser(language: .english)
        send(&state, .char("j"), .char("2"), .key(KeyEvent(.enter)), .key(KeyEvent(.enter)))
        guard case .room = state.overlay else { Issue.record("no space overlay"); return }
        #expect(send(&state, .char("D")) == .none)
        #expect(state.status?.text == "Spaces are edited with their library: press e to edit it.")
        send(&state, .key(KeyEvent(.escape)), .char("/"), .char("D"))
        guard case .staffSearch(let search) = state.overlay else { Issue.record("no staff search"); return }
        #expect(search.input.text == "D")
    }

    @Test func anyOtherKeyKeepsTheRecord() {
        var state = onPerson(language: .chinese)
        send(&state, .char("D"))
        Browser.update(&state, .recordsChanged(.checkRemoval(person), .removable(person, path: "d.json")))
        #expect(state.status?.text == "从 d.json 删除 staff:zhangqingwen？(y/N)")
        #expect(send(&state, .char("j")) == .none)
        #expect(state.status?.text == "未删除。")
        #expect(selectedStaffID(state) == person.id)
        #expect(send(&state, .char("y")) == .none)
    }

    @Test func aReferencedRecordIsRefusedWithItsReferencesListed() {
        var state = onPerson()
        send(&state, .char("D"))
        let references = ["d.json: /events/0/participants/1", "d.json: /events/1/participants/0", "d.json: /events/2/participants/0",
                          "d.json: /events/3/participants/0"]
        Browser.update(&state, .recordsChanged(.checkRemoval(person), .referenced(references: references, otherProblems: [])))
        #expect(state.pendingRemoval == nil)
        #expect(state.status?.isError == true)
        #expect(state.status?.text == "Refused: 4 reference(s) to it: d.json: /events/0/participants/1; d.json: /events/1/participants/0; d.json: /events/2/participants/0; 1 more")
    }

    @Test func aSpaceIsNotRemovedOnItsOwn() {
        var state = startBrowser()
        send(&state, .char("j"), .char("2"), .key(KeyEvent(.enter)))
        #expect(send(&state, .char("D")) == .none)
        #expect(state.status?.text.contains("按 e") == true)
    }
}
