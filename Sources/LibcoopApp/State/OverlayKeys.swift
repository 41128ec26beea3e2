import LibcoopCore
import LibcoopRender

/// Keys while an overlay is open: it takes them all. The overlay's key table
/// (`OverlayBindings`) says which command a key sends; a search overlay types any other key into
/// its query.
enum OverlayKeys {
    static func handle(_ key: KeyEvent, in state: inout BrowserState) -> BrowserEffect {
        guard let overlay = state.overlay else { return .none }
        let command = OverlayBindings.command(for: key, in: overlay)
        if command == .edit { return RecordChanges.edit(in: &state) }
        if command == .remove { return RecordChanges.remove(in: &state) }
        let metrics = overlay.content(in: state).map { LinkedDetail.metrics($0, size: state.size) }
            ?? DetailScrolling.Metrics(lineCount: 0, linkStart: 0, linkCount: 0, visible: 0)
        switch overlay {
        case .help(let scroll):
            switch command {
            case .close: state.overlay = nil
            case .scroll(let lines): state.overlay = .help(scroll: max(0, scroll + lines))
            case .move(let motion): state.overlay = .help(scroll: helpScroll(scroll, motion, size: state.size, language: state.language))
            case .follow, .back, .forward, .edit, .remove, nil: break
            }
        case .staffSearch(var search):
            handleStaffSearch(key, command, search: &search, in: &state)
        case .recordSearch(var search):
            handleRecordSearch(key, command, search: &search, in: &state)
        case .person(var detail):
            handlePerson(command, detail: &detail, metrics: metrics, in: &state)
        case .entry(var detail):
            handleEntry(command, detail: &detail, metrics: metrics, in: &state)
        case .program(var detail):
            handleProgram(command, detail: &detail, metrics: metrics, in: &state)
        case .room(var detail):
            if handleLinks(command, selection: &detail.selection, metrics: metrics, in: &state, follow: follow(detail.links)) {
                state.overlay = .room(detail)
            }
        case .organization(var detail):
            if handleLinks(command, selection: &detail.selection, metrics: metrics, in: &state, follow: follow(detail.links)) {
                state.overlay = .organization(detail)
            }
        case .document(var detail):
            if handleLinks(command, selection: &detail.selection, metrics: metrics, in: &state, follow: follow(detail.links)) {
                state.overlay = .document(detail)
            }
        case .problems(var list):
            switch command {
            case .close: state.overlay = nil
            case .move(let motion):
                DetailScrolling.apply(motion, to: &list.selection, metrics)
                state.overlay = .problems(list)
            case .follow, .scroll, .back, .forward, .edit, .remove, nil: break
            }
        }
        return .none
    }

    /// Where `motion` takes the help scrolled to `scroll`: a page is the lines it shows but one;
    /// the end is where its last line shows.
    private static func helpScroll(_ scroll: Int, _ motion: ListMotion, size: Size, language: Language) -> Int {
        let lineCount = HelpOverlay.lineCount(language, size: size)
        let page = max(1, BrowserLayout.helpFrame(size, lineCount: lineCount).height - 3)
        let end = BrowserLayout.helpMaximumScroll(size, lineCount: lineCount)
        switch motion {
        case .next: return min(end, scroll + 1)
        case .previous: return max(0, scroll - 1)
        case .first: return 0
        case .last: return end
        case .pageDown: return min(end, scroll + page)
        case .pageUp: return max(0, scroll - page)
        }
    }

    private static func handleStaffSearch(_ key: KeyEvent, _ command: OverlayCommand?, search: inout StaffSearchState, in state: inout BrowserState) {
        let matches = search.matches
        switch command {
        case .close:
            state.overlay = nil
            return
        case .follow:
            guard let row = search.results.selected, row < matches.count else { return }
            state.lastSearch = LastStaffSearch(query: search.input.text, staff: matches.map(\.staffIndex), current: row)
            state.overlay = nil
            Links.show(staff: matches[row].staffIndex, in: &state)
            return
        case .move(let motion):
            motion.apply(to: &search.results, count: matches.count, page: max(1, BrowserLayout.searchResultRows(state.size) - 1))
        case .scroll, .back, .forward, .edit, .remove, nil:
            let before = search.input.text
            search.input.handle(key)
            if search.input.text != before { search.queryChanged() }
        }
        state.overlay = .staffSearch(search)
    }

    private static func handleRecordSearch(_ key: KeyEvent, _ command: OverlayCommand?, search: inout RecordSearchState, in state: inout BrowserState) {
        switch command {
        case .close:
            state.overlay = nil
            return
        case .follow:
            guard let row = search.results.selected, row < search.matches.count else { return }
            let match = search.matches[row]
            state.overlay = nil
            if !Links.follow(RecordReference(kind: match.kind, id: match.id), in: &state) {
                state.status = StatusMessage(state.language.pick("这条记录没有可显示的位置。", "This record has no place to show it."))
            }
            return
        case .move(let motion):
            motion.apply(to: &search.results, count: search.matches.count, page: max(1, BrowserLayout.searchResultRows(state.size) - 1))
        case .scroll, .back, .forward, .edit, .remove, nil:
            let before = search.input.text
            search.input.handle(key)
            if search.input.text != before, let index = state.data.recordIndex { search.search(in: index) }
        }
        state.overlay = .recordSearch(search)
    }

    private static func handleEntry(_ command: OverlayCommand?, detail: inout EntryDetailState, metrics: DetailScrolling.Metrics, in state: inout BrowserState) {
        let links = detail.links
        let staysOpen = handleLinks(command, selection: &detail.selection, metrics: metrics, in: &state) { row, state in
            let link = links[row]
            if link.kind == .staff, let position = state.data.staffPosition(link.id) {
                state.overlay = .person(PersonDetailState(staff: position, data: state.data))
            } else {
                Links.follow(link, in: &state)
            }
        }
        if staysOpen { state.overlay = .entry(detail) }
    }

    private static func handlePerson(_ command: OverlayCommand?, detail: inout PersonDetailState, metrics: DetailScrolling.Metrics, in state: inout BrowserState) {
        let staff = detail.staff
        let links = detail.links
        let staysOpen = handleLinks(command, selection: &detail.selection, metrics: metrics, in: &state) { row, state in
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

    private static func handleProgram(_ command: OverlayCommand?, detail: inout ProgramDetailState, metrics: DetailScrolling.Metrics, in state: inout BrowserState) {
        let program = detail.program.id
        let links = detail.links
        let staysOpen = handleLinks(command, selection: &detail.selection, metrics: metrics, in: &state) { row, state in
            let link = links[row]
            if link.kind == .library {
                Links.show(program: program, inLibrary: link.id, in: &state)
            } else if let location = Links.location(of: link, in: state) {
                Links.jump(to: location, in: &state)
            }
        }
        if staysOpen { state.overlay = .program(detail) }
    }

    /// Following the link in row `row` of `links` wherever it leads (`Links.follow`).
    private static func follow(_ links: [RecordReference]) -> (Int, inout BrowserState) -> Void {
        { row, state in Links.follow(links[row], in: &state) }
    }

    /// The commands of a detail overlay whose list is of links: close; follow (closes it and calls
    /// `follow` with the selected row); move the selection and scroll (`DetailScrolling`).
    /// Returns whether the overlay stays open, so the caller stores its changed selection.
    private static func handleLinks(
        _ command: OverlayCommand?, selection: inout SelectionState, metrics: DetailScrolling.Metrics, in state: inout BrowserState,
        follow: (Int, inout BrowserState) -> Void
    ) -> Bool {
        switch command {
        case .close:
            state.overlay = nil
            return false
        case .follow:
            guard let row = selection.selected, row < metrics.linkCount else { return false }
            // The overlay, as it is left, is the place history keeps: whatever the link opens
            // (a tab, another overlay), back returns here.
            storeSelection(selection, in: &state)
            let here = state.location
            let history = state.history
            state.overlay = nil
            follow(row, &state)
            state.history = history
            if state.location != here { state.history.leave(here) }
            return false
        case .back:
            storeSelection(selection, in: &state)
            BrowserKeys.goBack(&state)
            return false
        case .forward:
            storeSelection(selection, in: &state)
            BrowserKeys.goForward(&state)
            return false
        case .move(let motion):
            DetailScrolling.apply(motion, to: &selection, metrics)
            return true
        case .scroll, .edit, .remove, nil:
            return true
        }
    }

    /// Keeps `selection` in the open detail overlay, so the place history takes is as it is.
    private static func storeSelection(_ selection: SelectionState, in state: inout BrowserState) {
        guard var overlay = state.overlay else { return }
        overlay.detailSelection = selection
        state.overlay = overlay
    }
}
