import LibcoopRender

/// The list of problems the last reload found (`p`): each problem, and how far the list is
/// scrolled (`selection.offset`; it has no links, so nothing is selected).
public struct ProblemListState: Sendable, Hashable {
    public var problems: [String]
    public var selection = SelectionState(selected: nil)

    init(problems: [String]) {
        self.problems = problems
    }
}
