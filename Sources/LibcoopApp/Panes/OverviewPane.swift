import LibcoopCore
import LibcoopRender

/// Tab 1: what the dataset says about the selected library — level, district, the central library
/// it is paired with, address, counts, and the sources its records cite.
enum OverviewPane {
    static func render(_ state: BrowserState, in area: Rect, focused: Bool, into grid: inout Grid) {
        let block = PaneFrame.block(Tab.overview.title(state.language), focused: focused)
        let inner = block.inner(area)
        let lines = OverviewContent.lines(library: state.selectedLibrary, records: state.records, data: state.data,
                                          language: state.language, width: inner.width)
        Paragraph(lines: lines, block: block, scroll: state.overview.scroll).render(in: area, into: &grid)
        if lines.count > inner.height {
            Scrollbar(contentLength: lines.count, viewportLength: inner.height, position: state.overview.scroll)
                .render(in: Rect(x: area.right - 1, y: inner.y, width: 1, height: inner.height), into: &grid)
        }
    }
}
