import Foundation
import LibcoopCore
import LibcoopRender
import LibcoopTestSupport
import Testing
@testable import LibcoopApp

/// The bundled sample, loaded and indexed once for every test.
let sampleData: BrowserData = {
    let path = RepositoryFiles.sampleDataset
    do {
        return BrowserData(dataset: try DatasetLoader.load(paths: [path]), files: [path])
    } catch {
        fatalError("cannot load the sample dataset at \(path): \(error)")
    }
}()

/// A browser on the sample, as `libcoop browse` starts it.
func startBrowser(width: Int = 120, height: Int = 40, language: Language = .chinese) -> BrowserState {
    Browser.start(data: sampleData, size: Size(width: width, height: height), language: language)
}

extension InputEvent {
    static func char(_ c: Character) -> InputEvent { .key(KeyEvent(.character(c))) }
    static func click(x: Int, y: Int) -> InputEvent { .mouse(MouseEvent(.press(.left), at: Position(x: x, y: y))) }
    static func wheelDown(x: Int, y: Int) -> InputEvent { .mouse(MouseEvent(.scrollDown, at: Position(x: x, y: y))) }
    static func wheelUp(x: Int, y: Int) -> InputEvent { .mouse(MouseEvent(.scrollUp, at: Position(x: x, y: y))) }
}

/// Sends every event in turn and returns the effect of the last one.
@discardableResult
func send(_ state: inout BrowserState, _ events: InputEvent...) -> BrowserEffect {
    send(&state, events)
}

@discardableResult
func send(_ state: inout BrowserState, _ events: [InputEvent]) -> BrowserEffect {
    var effect = BrowserEffect.none
    for event in events { effect = Browser.update(&state, event) }
    return effect
}

/// Types `text` one grapheme cluster at a time.
func type(_ state: inout BrowserState, _ text: String) {
    send(&state, InputEvent.typing(text))
}

/// The selected library's id.
func selectedLibraryID(_ state: BrowserState) -> String? { state.selectedLibrary?.id }

/// The id of the person selected on the Staff tab.
func selectedStaffID(_ state: BrowserState) -> String? {
    let people = state.selectedLibraryStaff
    guard let row = state.staff.table.selected, row < people.count else { return nil }
    return state.data.dataset.staff[people[row]].id
}

/// The spaces of the selected floor band, by name.
func selectedBandSpaceNames(_ state: BrowserState) -> [String] {
    let bands = state.records.bands
    guard let row = state.floors.floors.selected, row < bands.count else { return [] }
    return bands[row].spaces.map(\.name)
}

/// The space selected in the Floors tab's directory, by name.
func selectedRoomName(_ state: BrowserState) -> String? {
    guard let room = state.floors.rooms.selected else { return nil }
    let spaces = state.records.bands.flatMap(\.spaces)
    return room < spaces.count ? spaces[room].name : nil
}

/// The footer row of the screen.
func footer(_ state: BrowserState) -> String { screen(state).last ?? "" }

/// The person the person overlay shows, by id.
func personOverlayID(_ state: BrowserState) -> String? {
    if case .person(let detail) = state.overlay { return state.data.dataset.staff[detail.staff].id }
    return nil
}

/// Whether the help overlay is open.
func isHelpOpen(_ state: BrowserState) -> Bool {
    if case .help = state.overlay { return true }
    return false
}

/// The screen as text lines.
func screen(_ state: BrowserState) -> [String] { Browser.view(state).textLines() }

/// Compares the screen of `state` with the snapshot `__Snapshots__/<name>.txt` and checks the
/// grid invariants (`LIBCOOP_RECORD_SNAPSHOTS=1` records it; see docs/TESTING.md).
func expectScreen(_ state: BrowserState, snapshot name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    expectScreen(Browser.view(state), snapshot: name, sourceLocation: sourceLocation)
}

/// The keys that stop the browser from wherever a script left it: Esc closes an overlay or a
/// search, `q` quits.
let stopBrowser: [InputEvent] = [.key(KeyEvent(.escape)), .key(KeyEvent(.escape)), .char("q")]

/// The screen column and row where `text` starts on the screen of `state`, searching rows in
/// `rows` (display columns, so wide characters count two).
func position(of text: String, in state: BrowserState, rows: Range<Int>? = nil) -> Position? {
    let lines = screen(state)
    for y in rows ?? 0..<lines.count {
        let line = lines[y]
        if let range = line.range(of: text) {
            return Position(x: String(line[..<range.lowerBound]).displayWidth, y: y)
        }
    }
    return nil
}
