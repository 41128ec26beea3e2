import LibcoopCore
import LibcoopRender

/// Draws the whole screen: the header with breadcrumbs, the library tree, the tabs and the
/// selected tab, the key-hint bar, and any overlay on top.
enum BrowserView {
    static func render(_ state: BrowserState, memo: BackdropMemo = .shared) -> Grid {
        let layout = Browser.layout(state)
        if layout.tooSmall {
            var grid = Grid(size: state.size)
            TerminalTooSmall(required: BrowserLayout.minimum, actual: state.size).render(in: grid.area, into: &grid)
            return grid
        }
        var grid = memo.backdrop(for: state) { renderBackdrop(state, layout) }
        renderFooter(state, in: layout.footer, into: &grid)
        switch state.overlay {
        case .help(let scroll): HelpOverlay.render(state, scroll: scroll, into: &grid)
        case .staffSearch(let search): StaffSearchOverlay.render(state, search: search, into: &grid)
        case .recordSearch(let search): RecordSearchOverlay.render(state, search: search, into: &grid)
        case .person(let detail): PersonOverlay.render(state, detail: detail, into: &grid)
        case .entry(let detail): EntryOverlay.render(state, detail: detail, into: &grid)
        case .program(let detail): ProgramOverlay.render(state, detail: detail, into: &grid)
        case .room(let detail): RoomOverlay.render(state, detail: detail, into: &grid)
        case .organization(let detail): OrganizationOverlay.render(state, detail: detail, into: &grid)
        case .document(let detail): DocumentOverlay.render(state, detail: detail, into: &grid)
        case .problems(let list): ProblemListOverlay.render(state, list: list, into: &grid)
        case nil: break
        }
        return grid
    }

    /// The header, the library tree, the tab bar and the selected tab: everything but the footer
    /// and the overlay, which `BackdropMemo` keeps while they alone change.
    static func renderBackdrop(_ state: BrowserState, _ layout: BrowserLayout) -> Grid {
        var grid = Grid(size: state.size)
        renderHeader(state, in: layout.header, into: &grid)
        if let tree = layout.tree { LibraryTreePane.render(state, in: tree, into: &grid) }
        if let tabs = layout.tabs { BrowserLayout.tabBar(state).render(in: tabs, into: &grid) }
        if let content = layout.content {
            state.tab.view(state, in: content, focused: state.focus == .content, into: &grid)
        }
        return grid
    }

    /// "libcoop · dataset › library › tab › floor".
    static func breadcrumbs(_ state: BrowserState) -> [String] {
        let language = state.language
        var crumbs: [String] = []
        if let info = state.data.dataset.info {
            crumbs.append(language.name(info.name, english: info.nameEnglish))
        } else if let file = state.data.files.first {
            crumbs.append(String(file.split(separator: "/").last ?? Substring(file)))
        }
        if let library = state.selectedLibrary {
            crumbs.append(language.name(library.name, english: library.nameEnglish))
            if state.focus == .content || state.narrowShowsContent {
                crumbs.append(state.tab.title(language))
                if state.tab == .floors {
                    let bands = state.records.bands
                    if let floor = state.floors.floors.selected, floor < bands.count { crumbs.append(bands[floor].label(language)) }
                }
            }
        }
        return crumbs
    }

    private static func renderHeader(_ state: BrowserState, in area: Rect, into grid: inout Grid) {
        grid.clear(area, style: Theme.header)
        let text = headerText(breadcrumbs(state), width: area.width)
        grid.write(text, at: area.origin, style: Theme.header, maxWidth: area.width)
        if state.data.dataset.info?.synthetic == true {
            let mark = state.language.pick(" 合成数据 ", " SYNTHETIC ")
            let x = area.right - mark.displayWidth
            if x > text.displayWidth { grid.write(mark, at: Position(x: x, y: area.y), style: Theme.warning.reversed(), maxWidth: mark.displayWidth) }
        }
    }

    /// `text` cut to `width` with `…`, without the space left where a wide character did not fit.
    private static func trimmedTruncation(_ text: String, _ width: Int) -> String {
        var cut = text.truncated(toWidth: width)
        while cut.hasSuffix(" ") { cut.removeLast() }
        return cut
    }

    /// " libcoop · dataset › library › tab › floor" in `width` columns. Where you are matters more
    /// than the dataset's name: the dataset name gives way first (shortened with `…`, then left
    /// out), then the library's name is shortened; when even that leaves no readable name, the
    /// crumbs are shortened from the left (` … › Floors › floor not given`), keeping the most
    /// specific ones.
    static func headerText(_ crumbs: [String], width: Int) -> String {
        let next = " \(Glyphs.current.next) "
        func joined(_ parts: [String]) -> String {
            parts.isEmpty ? " libcoop" : " libcoop \(Glyphs.current.dot) " + parts.joined(separator: next)
        }
        var parts = crumbs
        guard joined(parts).displayWidth > width, !parts.isEmpty else { return joined(parts) }
        let readable = 6
        let rest = Array(parts.dropFirst())
        let room = width - joined([""] + rest).displayWidth
        if room >= readable {
            parts[0] = trimmedTruncation(parts[0], room)
            return joined(parts)
        }
        parts = rest
        guard !parts.isEmpty else { return trimmedTruncation(joined([]), width) }
        if joined(parts).displayWidth <= width { return joined(parts) }
        let libraryRoom = width - joined([""] + parts.dropFirst()).displayWidth
        if libraryRoom >= readable {
            parts[0] = trimmedTruncation(parts[0], libraryRoom)
            return joined(parts)
        }
        // From the left: as many of the last crumbs as fit after `…`.
        let lead = " " + Glyphs.current.ellipsis + next
        for count in stride(from: parts.count - 1, through: 1, by: -1) {
            let text = lead + parts.suffix(count).joined(separator: next)
            if text.displayWidth <= width { return text }
        }
        return lead + trimmedTruncation(parts.last ?? "", max(1, width - lead.displayWidth))
    }

    private static func renderFooter(_ state: BrowserState, in area: Rect, into grid: inout Grid) {
        grid.clear(area)
        if let reloading = state.reloading {
            let spinner = LoadingView.spinner[reloading.tick % LoadingView.spinner.count]
            let text = " \(spinner) " + state.language.pick("正在重新载入数据", "Reloading the data") + "  " + reloading.secondsText
            grid.write(text, at: area.origin, style: Theme.accent, maxWidth: area.width)
            return
        }
        if let prompt = state.exportPrompt {
            // The end of a long path is where the typing happens: keep it in view.
            var line = " " + ExportKeys.line(prompt, state.language)
            while line.displayWidth > area.width - 1 && line.count > 1 { line.removeFirst() }
            grid.write(line, at: area.origin, style: Theme.accent, maxWidth: area.width)
            return
        }
        if let status = state.status {
            grid.write(" " + status.text, at: area.origin, style: status.isError ? Theme.error : Theme.accent, maxWidth: area.width)
            return
        }
        KeyHintBar(hints: hints(state), keyStyle: Theme.hintKey).render(in: area, into: &grid)
    }

    /// Hints for what has the keys now.
    static func hints(_ state: BrowserState) -> [KeyHint] {
        if let overlay = state.overlay { return OverlayBindings.hints(for: overlay, state.language, canGoBack: !state.history.back.isEmpty) }
        return KeyBindings.hints(state)
    }
}
