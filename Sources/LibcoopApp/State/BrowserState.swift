import LibcoopCore
import LibcoopRender

/// Everything the browser shows, as one value: `Browser.update` changes it in answer to an event
/// and `Browser.view` draws it. Nothing else holds state.
public struct BrowserState: Sendable {
    public var data: BrowserData
    public var size: Size
    public var language: Language
    public var focus: Focus = .libraries
    public var tab: Tab = .overview
    /// Selection in the library tree (rows of `data.tree`).
    public var tree = SelectionState(selected: 0)
    public var overview = OverviewPaneState()
    public var floors = FloorsPaneState()
    public var staff = StaffPaneState()
    public var programs = ProgramsPaneState()
    public var linkage = LinkagePaneState()
    /// What the tabs show about the selected library; kept in step by `Browser.settle`.
    public internal(set) var records = LibraryRecords.none
    public var overlay: Overlay?
    public var history = NavigationHistory()
    public var lastSearch: LastStaffSearch?
    public var status: StatusMessage?
    /// The prompt line of `x` (export the focused table), while it is open.
    public var exportPrompt: ExportPrompt?
    /// Today's date (`2026-11-25`) for the names `x` suggests, given by the executable (the app
    /// reads no clock); nil leaves the date out.
    public var today: String?
    /// A removal waiting for `y` (`D` asked on the status line); any other key says no.
    public var pendingRemoval: RecordReference?
    /// A reload running in the background, for the footer's indicator.
    public var reloading: ReloadProgress?
    /// The problems the last reload found, which `p` lists; empty once a reload succeeds.
    public var reloadProblems: [String] = []
    /// In a terminal narrower than `BrowserLayout.twoPaneWidth`, only one pane shows: this says
    /// whether it is the tab content (else the library tree).
    public var narrowShowsContent = false
    /// Set by `q`; the runtime stops.
    public var quitRequested = false

    public init(data: BrowserData, size: Size, language: Language) {
        self.data = data
        self.size = size
        self.language = language
    }

    /// Position in `dataset.libraries` of the selected library, if there is any library.
    public var selectedLibraryPosition: Int? {
        guard let row = tree.selected, row < data.tree.rows.count else { return nil }
        return data.tree.rows[row].library
    }

    /// The selected library.
    public var selectedLibrary: Library? {
        selectedLibraryPosition.map { data.dataset.libraries[$0] }
    }

    /// Positions in `dataset.staff` of the selected library's people.
    public var selectedLibraryStaff: [Int] {
        selectedLibrary.flatMap { data.staffByLibrary[$0.id] } ?? []
    }

    /// Where the browser is now, for history.
    public var location: Location {
        let place = tab.place(in: self)
        return Location(library: selectedLibraryPosition ?? 0, tab: tab, row: place.row, focus: focus, subrow: place.subrow,
                        overlay: overlay.flatMap { OverlayPlace($0, data: data) })
    }
}
