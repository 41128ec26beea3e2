import LibcoopCore
import LibcoopRender

/// Keys while an overlay is open: it takes them all; Esc closes it.
enum OverlayKeys {
    static func handle(_ key: KeyEvent, in state: inout BrowserState) -> BrowserEffect {
        guard let overlay = state.overlay else { return .none }
        switch overlay {
        case .help(let scroll):
            switch key.key {
            case .escape, .character("?"), .character("q"), .enter: state.overlay = nil
            case .down, .character("j"): state.overlay = .help(scroll: scroll + 1)
            case .up, .character("k"): state.overlay = .help(scroll: max(0, scroll - 1))
            default: break
            }
        case .staffSearch(var search):
            handleStaffSearch(key, search: &search, in: &state)
        case .recordSearch(var search):
            handleRecordSearch(key, search: &search, in: &state)
        case .person(var detail):
            handlePerson(key, detail: &detail, in: &state)
        case .entry(var detail):
            handleEntry(key, detail: &detail, in: &state)
        case .program(var detail):
            handleProgram(key, detail: &detail, in: &state)
        }
        return .none
    }

    private static func handleStaffSearch(_ key: KeyEvent, search: inout StaffSearchState, in state: inout BrowserState) {
        let matches = search.session.matches
        switch key.key {
        case .escape:
            state.overlay = nil
            return
        case .enter:
            guard let row = search.results.selected, row < matches.count else { return }
            state.lastSearch = LastStaffSearch(query: search.input.text, staff: matches.map(\.staffIndex), current: row)
            state.overlay = nil
            Links.show(staff: matches[row].staffIndex, in: &state)
            return
        case .down, .up, .pageDown, .pageUp:
            _ = ListMotion.apply(key, to: &search.results, count: matches.count, page: max(1, OverlayFrame.resultRows(state.size) - 1))
        case .character("n") where key.modifiers.contains(.control):
            search.results.selectNext(count: matches.count)
        case .character("p") where key.modifiers.contains(.control):
            search.results.selectPrevious(count: matches.count)
        default:
            let before = search.input.text
            search.input.handle(key)
            if search.input.text != before {
                search.session.search(search.input.text)
                search.results = SelectionState(selected: 0)
            }
        }
        state.overlay = .staffSearch(search)
    }

    private static func handleRecordSearch(_ key: KeyEvent, search: inout RecordSearchState, in state: inout BrowserState) {
        switch key.key {
        case .escape:
            state.overlay = nil
            return
        case .enter:
            guard let row = search.results.selected, row < search.matches.count else { return }
            let match = search.matches[row]
            state.overlay = nil
            if match.kind == .staff, let position = state.data.staffPosition(match.id) {
                Links.show(staff: position, in: &state)
                return
            }
            if let location = Links.location(of: RecordReference(kind: match.kind, id: match.id), in: state) {
                Links.jump(to: location, in: &state)
            } else {
                state.status = StatusMessage(state.language.pick("这条记录没有可显示的位置。", "This record has no place to show it."))
            }
            return
        case .down, .up, .pageDown, .pageUp:
            _ = ListMotion.apply(key, to: &search.results, count: search.matches.count, page: max(1, OverlayFrame.resultRows(state.size) - 1))
        default:
            let before = search.input.text
            search.input.handle(key)
            if search.input.text != before {
                search.matches = state.data.recordIndex.search(search.input.text, limit: 100)
                search.results = SelectionState(selected: 0)
            }
        }
        state.overlay = .recordSearch(search)
    }

    private static func handleEntry(_ key: KeyEvent, detail: inout EntryDetailState, in state: inout BrowserState) {
        let links = detail.links
        let staysOpen = handleLinks(key, selection: &detail.selection, count: links.count, in: &state) { row, state in
            let link = links[row]
            if link.kind == .staff, let position = state.data.staffPosition(link.id) {
                state.overlay = .person(PersonDetailState(staff: position, data: state.data))
            } else if let location = Links.location(of: link, in: state) {
                Links.jump(to: location, in: &state)
            }
        }
        if staysOpen { state.overlay = .entry(detail) }
    }

    private static func handlePerson(_ key: KeyEvent, detail: inout PersonDetailState, in state: inout BrowserState) {
        let staff = detail.staff
        let links = detail.links
        let staysOpen = handleLinks(key, selection: &detail.selection, count: links.count, in: &state) { row, state in
            let link = links[row]
            if link.kind == .library {
                if let location = Links.staffLocation(staff, in: state), state.data.dataset.staff[staff].library == link.id {
                    Links.jump(to: location, in: &state)
                }
            } else if let location = Links.location(of: link, in: state) {
                Links.jump(to: location, in: &state)
            }
        }
        if staysOpen { state.overlay = .person(detail) }
    }

    private static func handleProgram(_ key: KeyEvent, detail: inout ProgramDetailState, in state: inout BrowserState) {
        let program = detail.program.id
        let links = detail.links
        let staysOpen = handleLinks(key, selection: &detail.selection, count: links.count, in: &state) { row, state in
            let link = links[row]
            if link.kind == .library {
                Links.show(program: program, inLibrary: link.id, in: &state)
            } else if let location = Links.location(of: link, in: state) {
                Links.jump(to: location, in: &state)
            }
        }
        if staysOpen { state.overlay = .program(detail) }
    }

    /// The keys of a detail overlay whose list is of links: Esc or `q` closes it; Enter closes it
    /// and calls `follow` with the selected row; any other key moves the selection. Returns
    /// whether the overlay stays open, so the caller stores its changed selection.
    private static func handleLinks(
        _ key: KeyEvent, selection: inout SelectionState, count: Int, in state: inout BrowserState,
        follow: (Int, inout BrowserState) -> Void
    ) -> Bool {
        switch key.key {
        case .escape, .character("q"):
            state.overlay = nil
            return false
        case .enter:
            guard let row = selection.selected, row < count else { return false }
            state.overlay = nil
            follow(row, &state)
            return false
        default:
            _ = ListMotion.apply(key, to: &selection, count: count, page: 5)
            return true
        }
    }
}
