import LibcoopRender

/// The Floors tab: the selected floor of the building and the selected space on it.
public struct FloorsPaneState: Sendable, Hashable {
    /// Rows of the cross-section, top floor first; the last row is "floor not given" when the
    /// library has rooms without a floor.
    public var floors = SelectionState(selected: 0)
    public var spaces = SelectionState(selected: 0)
    /// Whether the keys move through the spaces (after Enter or →) rather than the floors.
    public var inSpaces = false
}

/// The Staff tab: the selected row of the staff table.
public struct StaffPaneState: Sendable, Hashable {
    public var table = SelectionState(selected: 0)
}

/// The Programs tab: the selected program.
public struct ProgramsPaneState: Sendable, Hashable {
    public var list = SelectionState(selected: 0)
}

/// The Linkage tab: the selected timeline entry and the year filter.
public struct LinkagePaneState: Sendable, Hashable {
    public var list = SelectionState(selected: 0)
    /// Only phases and events that touch this year, when set (`y` steps through years).
    public var year: Int?
}

/// The Overview tab: how far it is scrolled.
public struct OverviewPaneState: Sendable, Hashable {
    public var scroll = 0
}
