import LibcoopRender

/// The tabs on the right of the browser, for the selected library, in the order of keys `1`…`N`.
/// Each is a `TabComponent`; adding one is a new case here and a compile error wherever a
/// switch must say what the new tab is.
public enum Tab: Int, Sendable, Hashable, CaseIterable {
    case overview, floors, staff, programs, linkage

    /// The tab's title in `language`.
    func title(_ language: Language) -> String {
        switch self {
        case .overview: language.pick("概况", "Overview")
        case .floors: language.pick("楼层", "Floors")
        case .staff: language.pick("人员", "Staff")
        case .programs: language.pick("项目", "Programs")
        case .linkage: language.pick("联动", "Linkage")
        }
    }

    /// The component that is this tab.
    var component: any TabComponent.Type {
        switch self {
        case .overview: OverviewTab.self
        case .floors: FloorsTab.self
        case .staff: StaffTab.self
        case .programs: ProgramsTab.self
        case .linkage: LinkageTab.self
        }
    }

    func keyBindings(_ language: Language) -> [KeyBinding] { component.keyBindings(language) }

    /// What Enter does on this tab in `browser`, for the footer; nil when it does nothing there.
    func openHint(in browser: BrowserState) -> String? {
        Self.openHint(component, browser, context: Browser.tabContext(browser))
    }

    /// Sends `command` to this tab's component with its state in `browser`.
    func update(_ browser: inout BrowserState, _ command: TabCommand, context: TabContext) -> TabOutcome {
        Self.update(component, &browser, command, context: context)
    }

    /// Settles this tab's state in `browser`.
    func settle(_ browser: inout BrowserState, context: TabContext) {
        Self.settle(component, &browser, context: context)
    }

    /// What history keeps of this tab in `browser`.
    func place(in browser: BrowserState) -> (row: Int?, subrow: Int?) {
        Self.place(component, browser)
    }

    /// Selects `row` (and `subrow`) of this tab in `browser`.
    func show(row: Int, subrow: Int?, in browser: inout BrowserState) {
        Self.show(component, row: row, subrow: subrow, in: &browser)
    }

    /// Puts this tab in `browser` back at its top.
    func reset(_ browser: inout BrowserState) {
        Self.reset(component, &browser)
    }

    func view(_ browser: BrowserState, in area: Rect, focused: Bool, into grid: inout Grid) {
        component.view(browser, in: area, focused: focused, into: &grid)
    }

    private static func update<Component: TabComponent>(_ component: Component.Type, _ browser: inout BrowserState,
                                                        _ command: TabCommand, context: TabContext) -> TabOutcome {
        Component.update(&browser[keyPath: Component.state], command, context: context)
    }

    /// Whether the movement keys move anything on this tab in `browser`, for the footer.
    func canMove(in browser: BrowserState) -> Bool {
        Self.canMove(component, browser, context: Browser.tabContext(browser))
    }

    private static func canMove<Component: TabComponent>(_ component: Component.Type, _ browser: BrowserState, context: TabContext) -> Bool {
        Component.canMove(browser[keyPath: Component.state], context: context)
    }

    private static func openHint<Component: TabComponent>(_ component: Component.Type, _ browser: BrowserState, context: TabContext) -> String? {
        Component.openHint(browser[keyPath: Component.state], context: context)
    }

    private static func settle<Component: TabComponent>(_ component: Component.Type, _ browser: inout BrowserState, context: TabContext) {
        Component.settle(&browser[keyPath: Component.state], context: context)
    }

    private static func place<Component: TabComponent>(_ component: Component.Type, _ browser: BrowserState) -> (row: Int?, subrow: Int?) {
        Component.place(browser[keyPath: Component.state])
    }

    private static func show<Component: TabComponent>(_ component: Component.Type, row: Int, subrow: Int?, in browser: inout BrowserState) {
        Component.show(row: row, subrow: subrow, in: &browser[keyPath: Component.state])
    }

    private static func reset<Component: TabComponent>(_ component: Component.Type, _ browser: inout BrowserState) {
        browser[keyPath: Component.state] = Component.initial
    }
}
