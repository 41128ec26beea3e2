/// A place in the browser that history can return to: a library, a tab, what was selected
/// there, and the detail overlay open over it, if any.
public struct Location: Sendable, Hashable {
    /// Position of the library in `dataset.libraries`.
    public var library: Int
    public var tab: Tab
    /// The selected row of the tab's main list (floor, person, program, timeline entry).
    public var row: Int?
    public var focus: Focus
    /// On the Floors tab, the selected space, numbered across the whole directory
    /// (`FloorDirectory`); nil when the keys are in the cross-section.
    public var subrow: Int? = nil
    /// The detail overlay open over the tab (a person, an event, …), as it was left.
    public var overlay: OverlayPlace? = nil
}
