import LibcoopCore
import LibcoopRender

/// Keys when no overlay is open: global keys first, then the focused pane's.
enum BrowserKeys {
    static func handle(_ key: KeyEvent, in state: inout BrowserState) -> BrowserEffect {
        let plain = key.modifiers.isDisjoint(with: [.control, .alt])
        if key == .control("p") {
            state.overlay = .recordSearch(RecordSearchState())
            return .none
        }
        guard plain else { return .none }
        switch key.key {
        case .character("q"): return .quit
        case .character("?"), .function(1): state.overlay = .help(scroll: 0)
        case .character("/"): state.overlay = .staffSearch(StaffSearchState(index: state.data.staffIndex))
        case .character(":"): state.overlay = .recordSearch(RecordSearchState())
        case .character("n"): stepLastSearch(by: 1, in: &state)
        case .character("N"): stepLastSearch(by: -1, in: &state)
        case .character("r"): return .reload
        case .character("L"): state.language = state.language.toggled
        case .character(let digit) where ("1"..."5").contains(digit):
            state.tab = Tab(rawValue: Int(String(digit))! - 1) ?? .overview
            state.focus = .content
            state.narrowShowsContent = true
        case .tab, .backTab: toggleFocus(&state)
        case .backspace, .character("["): goBack(&state)
        case .character("]"): goForward(&state)
        case .escape: escape(&state)
        case .left, .character("h"): moveLeft(&state)
        case .right, .character("l"): moveRight(&state)
        case .enter: enter(&state)
        case .character("y") where state.focus == .content && state.tab == .linkage: cycleYear(&state)
        default: moveInPane(key, in: &state)
        }
        return .none
    }

    private static func toggleFocus(_ state: inout BrowserState) {
        state.focus = state.focus == .libraries ? .content : .libraries
        state.narrowShowsContent = state.focus == .content
    }

    private static func escape(_ state: inout BrowserState) {
        if state.focus == .content && state.tab == .floors && state.floors.inSpaces {
            state.floors.inSpaces = false
        } else if state.focus == .content {
            state.focus = .libraries
            state.narrowShowsContent = false
        }
    }

    private static func moveLeft(_ state: inout BrowserState) {
        if state.focus == .content && state.tab == .floors && state.floors.inSpaces {
            state.floors.inSpaces = false
        } else {
            state.focus = .libraries
            state.narrowShowsContent = false
        }
    }

    private static func moveRight(_ state: inout BrowserState) {
        if state.focus == .libraries {
            state.focus = .content
            state.narrowShowsContent = true
        } else if state.tab == .floors {
            state.floors.inSpaces = true
        }
    }

    private static func enter(_ state: inout BrowserState) {
        guard state.focus == .content else {
            state.focus = .content
            state.narrowShowsContent = true
            return
        }
        switch state.tab {
        case .overview:
            break
        case .floors:
            state.floors.inSpaces = true
        case .staff:
            let people = state.selectedLibraryStaff
            if let row = state.staff.table.selected, row < people.count {
                state.overlay = .person(PersonDetailState(staff: people[row], data: state.data))
            }
        case .programs:
            let programs = state.records.programs
            guard let row = state.programs.list.selected, row < programs.count else { return }
            state.overlay = .program(ProgramDetailState(program: programs[row], data: state.data))
        case .linkage:
            let entries = LinkagePane.entries(state)
            guard let row = state.linkage.list.selected, row < entries.count else { return }
            state.overlay = .entry(EntryDetailState(entry: entries[row], data: state.data))
        }
    }

    private static func moveInPane(_ key: KeyEvent, in state: inout BrowserState) {
        let layout = Browser.layout(state)
        let page = max(1, BrowserLayout.visibleRows(in: layout.content) - 2)
        if state.focus == .libraries {
            let before = state.selectedLibraryPosition
            _ = ListMotion.apply(key, to: &state.tree, count: state.data.tree.rows.count, page: max(1, BrowserLayout.visibleRows(in: layout.tree)))
            if state.selectedLibraryPosition != before { Links.resetPanes(&state) }
            return
        }
        switch state.tab {
        case .overview:
            switch key.key {
            case .down, .character("j"): state.overview.scroll += 1
            case .up, .character("k"): state.overview.scroll = max(0, state.overview.scroll - 1)
            case .home, .character("g"): state.overview.scroll = 0
            default: break
            }
        case .floors:
            let bands = state.records.bands
            if state.floors.inSpaces {
                let floor = state.floors.floors.selected ?? 0
                _ = ListMotion.apply(key, to: &state.floors.spaces, count: floor < bands.count ? bands[floor].spaces.count : 0, page: page)
            } else if ListMotion.apply(key, to: &state.floors.floors, count: bands.count, page: page) {
                state.floors.spaces = SelectionState(selected: 0)
            }
        case .staff:
            _ = ListMotion.apply(key, to: &state.staff.table, count: state.selectedLibraryStaff.count, page: page)
        case .programs:
            _ = ListMotion.apply(key, to: &state.programs.list, count: state.records.programs.count, page: page / 2)
        case .linkage:
            _ = ListMotion.apply(key, to: &state.linkage.list, count: LinkagePane.entries(state).count, page: page / 2)
        }
    }

    private static func cycleYear(_ state: inout BrowserState) {
        let years = LinkagePane.years(state)
        guard !years.isEmpty else { return }
        if let current = state.linkage.year, let index = years.firstIndex(of: current) {
            state.linkage.year = index + 1 < years.count ? years[index + 1] : nil
        } else {
            state.linkage.year = years[0]
        }
        state.linkage.list = SelectionState(selected: 0)
    }

    static func goBack(_ state: inout BrowserState) {
        guard let previous = state.history.goBack(from: state.location) else {
            state.status = StatusMessage(state.language.pick("没有可后退的位置。", "Nothing to go back to."))
            return
        }
        Links.apply(previous, to: &state)
    }

    static func goForward(_ state: inout BrowserState) {
        guard let next = state.history.goForward(from: state.location) else {
            state.status = StatusMessage(state.language.pick("没有可前进的位置。", "Nothing to go forward to."))
            return
        }
        Links.apply(next, to: &state)
    }

    /// `n` / `N`: the next or previous person of the last staff search.
    static func stepLastSearch(by step: Int, in state: inout BrowserState) {
        guard var last = state.lastSearch, !last.staff.isEmpty else {
            state.status = StatusMessage(state.language.pick("还没有搜索过；按 / 搜索人员。", "No search yet; press / to find staff."))
            return
        }
        last.current = (last.current + step + last.staff.count) % last.staff.count
        state.lastSearch = last
        Links.show(staff: last.staff[last.current], in: &state)
        state.status = StatusMessage("/\(last.query)  \(last.current + 1)/\(last.staff.count)")
    }
}
