import LibcoopCore
import LibcoopRender

/// The Linkage tab's state: the selected timeline entry and the year filter.
public struct LinkagePaneState: Sendable, Hashable {
    public var list = SelectionState(selected: 0)
    /// Only phases, events and documents that touch this year, when set (`y` steps through years).
    public var year: Int?
}

/// Tab 5, the history of the cooperation (drawn by `LinkagePane`, the list in the upper half):
/// Enter opens the selected entry (a document in the document overlay); `y`, a key only this tab
/// has, steps the year filter.
enum LinkageTab: TabComponent {
    static let state = \BrowserState.linkage
    static let initial = LinkagePaneState()

    static func place(_ state: LinkagePaneState) -> (row: Int?, subrow: Int?) { (state.list.selected, nil) }

    /// A row named by history or a link is shown whatever the year filter was: the filter is lifted.
    static func show(row: Int, subrow: Int?, in state: inout LinkagePaneState) {
        state.year = nil
        state.list.selected = row
    }

    static func update(_ state: inout LinkagePaneState, _ command: TabCommand, context: TabContext) -> TabOutcome {
        switch command {
        case .move(let motion):
            motion.apply(to: &state.list, count: entries(context.records, year: state.year).count, page: context.page / 2)
        case .open:
            let entries = entries(context.records, year: state.year)
            guard let row = state.list.selected, row < entries.count else { break }
            let entry = entries[row]
            if entry.kind == .document, let document = context.data.index.document(entry.id) {
                return .open(.document(DocumentDetailState(document: document, data: context.data)))
            }
            return .open(.entry(EntryDetailState(entry: entry, data: context.data)))
        case .back:
            return .leave
        case .right:
            break
        case .own(.cycleYear):
            cycleYear(&state, context.records)
        }
        return .handled
    }

    static func settle(_ state: inout LinkagePaneState, context: TabContext) {
        state.list.settle(count: entries(context.records, year: state.year).count, visibleRows: max(1, context.tableRows / 2))
    }

    static func keyBindings(_ language: Language) -> [KeyBinding] {
        [KeyBinding("y", [KeyEvent(.character("y"))], .tab(.cycleYear), group: .other,
                    help: language.pick("联动：按年份筛选", "Linkage: filter by year"),
                    hint: (.tabKeys, KeyHint("y", language.pick("年份", "year"))))]
    }

    static func canMove(_ state: LinkagePaneState, context: TabContext) -> Bool {
        !entries(context.records, year: state.year).isEmpty
    }

    static func openHint(_ state: LinkagePaneState, context: TabContext) -> String? {
        canMove(state, context: context) ? context.language.pick("详情", "details") : nil
    }

    static func view(_ browser: BrowserState, in area: Rect, focused: Bool, into grid: inout Grid) {
        LinkagePane.render(browser, in: area, focused: focused, into: &grid)
    }

    /// The entries the tab lists: the library's timeline, or the part touching the filter's year.
    static func entries(_ records: LibraryRecords, year: Int?) -> [TimelineEntry] {
        guard let year else { return records.timeline }
        let lastYear = records.lastYear
        return records.timeline.filter { touches($0, year: year, lastYear: lastYear) }
    }

    /// The entries the tab lists in `browser` now.
    static func entries(_ browser: BrowserState) -> [TimelineEntry] {
        entries(browser.records, year: browser.linkage.year)
    }

    /// The years any entry of the library touches, for the year filter.
    static func years(_ records: LibraryRecords) -> [Int] {
        guard let first = records.firstYear else { return [] }
        return Array(first...records.lastYear)
    }

    private static func touches(_ entry: TimelineEntry, year: Int, lastYear: Int) -> Bool {
        guard let start = entry.start?.year else { return entry.ongoing }
        let end = entry.end?.year ?? (entry.ongoing ? lastYear : start)
        return (start...max(start, end)).contains(year)
    }

    private static func cycleYear(_ state: inout LinkagePaneState, _ records: LibraryRecords) {
        let years = years(records)
        guard !years.isEmpty else { return }
        if let current = state.year, let index = years.firstIndex(of: current) {
            state.year = index + 1 < years.count ? years[index + 1] : nil
        } else {
            state.year = years[0]
        }
        state.list = SelectionState(selected: 0)
    }
}
