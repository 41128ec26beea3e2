import Foundation
import LibcoopCore
import LibcoopRender
import Testing
@testable import LibcoopApp

/// The repository's root, found from this file's path (`Tests/LibcoopAppTests/Support.swift`).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The bundled sample, loaded and indexed once for every test.
let sampleData: BrowserData = {
    let path = repositoryRoot.appendingPathComponent("data/nanjing.json").path
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

// MARK: - Screen comparison (a minimal copy of Tests/LibcoopRenderTests/Support/ScreenAssertions.swift)

/// Splits an inline snapshot into lines; trailing spaces may be left out (lines are padded to the
/// grid's width by display width before comparing).
func lines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
}

/// Compares the screen of `state` with `expected` and checks the grid invariants.
func expectScreen(_ state: BrowserState, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    expectScreen(Browser.view(state), lines(expected), sourceLocation: sourceLocation)
}

/// Compares a grid with the expected screen, given as text lines; on a mismatch the differing
/// rows and the actual screen are printed, framed so trailing spaces show.
func expectScreen(_ grid: Grid, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    let actual = grid.textLines()
    let width = grid.area.width
    var wanted = expected.map { $0.padded(toWidth: width) }
    while wanted.count < actual.count { wanted.append(String(repeating: " ", count: width)) }
    if actual != wanted {
        // Only the rows that differ, then the whole screen as it is (to compare or to copy);
        // `│` marks each row's edges so trailing spaces show.
        var message = "Screen differs."
        for row in 0..<max(actual.count, wanted.count) where row >= actual.count || row >= wanted.count || actual[row] != wanted[row] {
            message += "\nrow \(row)\n  expected │\(row < wanted.count ? wanted[row] : "(none)")│\n  actual   │\(row < actual.count ? actual[row] : "(none)")│"
        }
        message += "\nActual screen:\n" + actual.map { "│" + $0 + "│" }.joined(separator: "\n")
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
    checkGridInvariants(grid, sourceLocation: sourceLocation)
}

/// No row wider (or narrower) than the grid, every covered cell after a wide one, every wide cell
/// followed by its covered half, no control character in a cell.
func checkGridInvariants(_ grid: Grid, sourceLocation: SourceLocation = #_sourceLocation) {
    let area = grid.area
    for (row, line) in grid.textLines().enumerated() where line.displayWidth != area.width {
        Issue.record("row \(row) is \(line.displayWidth) columns, not \(area.width): \(line)", sourceLocation: sourceLocation)
    }
    for y in area.y..<area.bottom {
        for x in area.x..<area.right {
            let cell = grid[x, y]
            if cell.isCovered {
                if x == area.x || grid[x - 1, y].width != 2 {
                    Issue.record("covered cell at (\(x), \(y)) without a wide cell before it", sourceLocation: sourceLocation)
                }
            } else {
                if cell.width == 2, x + 1 >= area.right || !grid[x + 1, y].isCovered {
                    Issue.record("wide cell at (\(x), \(y)) without its covered half", sourceLocation: sourceLocation)
                }
                if cell.symbol.displayWidth != cell.width {
                    Issue.record("cell at (\(x), \(y)) holds \(cell.symbol.debugDescription) of width \(cell.symbol.displayWidth), marked \(cell.width)", sourceLocation: sourceLocation)
                }
                if TerminalText.needsSanitizing(cell.symbol) {
                    Issue.record("cell at (\(x), \(y)) holds a control character", sourceLocation: sourceLocation)
                }
            }
        }
    }
}
