import LibcoopCore

/// The libraries as the left pane shows them: each municipal (or higher) library followed by the
/// district libraries paired with it, indented; libraries paired with nothing in the dataset last.
public struct LibraryTree: Sendable, Hashable {
    /// One line of the tree.
    public struct Row: Sendable, Hashable {
        /// Position of the library in `dataset.libraries`.
        public var library: Int
        /// 0 for a central library, 1 for a library paired with the one above it.
        public var depth: Int
        /// Whether this is the last library under its central library (drawn `└`, the others `├`).
        public var isLastChild: Bool = false
    }

    public let rows: [Row]

    public init(_ libraries: [Library]) {
        var partners: [String: [Int]] = [:]
        let ids = Set(libraries.map(\.id))
        for (position, library) in libraries.enumerated() {
            if let central = library.pairedWith, central != library.id, ids.contains(central) {
                partners[central, default: []].append(position)
            }
        }
        var rows: [Row] = []
        var placed = Set<Int>()
        for (position, library) in libraries.enumerated() where partners[library.id] != nil || library.pairedWith == nil {
            guard !placed.contains(position) else { continue }
            rows.append(Row(library: position, depth: 0))
            placed.insert(position)
            let children = (partners[library.id] ?? []).filter { !placed.contains($0) }
            for (number, partner) in children.enumerated() {
                rows.append(Row(library: partner, depth: 1, isLastChild: number == children.count - 1))
                placed.insert(partner)
            }
        }
        for position in libraries.indices where !placed.contains(position) {
            rows.append(Row(library: position, depth: 0))
        }
        self.rows = rows
    }

    /// The tree row showing the library at `position`, if any.
    public func row(ofLibrary position: Int) -> Int? {
        rows.firstIndex { $0.library == position }
    }
}
