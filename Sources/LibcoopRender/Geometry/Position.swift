/// A cell position on the screen: column `x` and row `y`, both counted from 0 at the top left.
public struct Position: Hashable, Sendable, CustomStringConvertible {
    /// The column, 0 at the left edge.
    public var x: Int
    /// The row, 0 at the top edge.
    public var y: Int

    /// A position at column `x`, row `y`.
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }

    /// The top-left corner.
    public static let origin = Position(x: 0, y: 0)

    public var description: String { "(\(x), \(y))" }
}
