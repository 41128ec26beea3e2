/// A rectangle of terminal cells: the area a widget draws into.
///
/// Rects never have negative sizes; operations that would shrink one below zero give an empty
/// rect instead.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    /// The leftmost column.
    public var x: Int
    /// The top row.
    public var y: Int
    /// The number of columns.
    public var width: Int
    /// The number of rows.
    public var height: Int

    /// A rect with its top-left corner at (`x`, `y`); negative sizes become 0.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// A rect at `origin` of the given size.
    public init(origin: Position = .origin, size: Size) {
        self.init(x: origin.x, y: origin.y, width: size.width, height: size.height)
    }

    /// The empty rect at the origin.
    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    /// The column just right of the rect (`x + width`).
    public var right: Int { x + width }
    /// The row just below the rect (`y + height`).
    public var bottom: Int { y + height }
    /// The top-left corner.
    public var origin: Position { Position(x: x, y: y) }
    /// The size.
    public var size: Size { Size(width: width, height: height) }
    /// The number of cells.
    public var area: Int { width * height }
    /// Whether the rect holds no cell.
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// Whether `position` lies inside the rect.
    public func contains(_ position: Position) -> Bool {
        position.x >= x && position.x < right && position.y >= y && position.y < bottom
    }

    /// The part of this rect that also lies in `other` (empty if they do not overlap).
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let newRight = min(right, other.right)
        let newBottom = min(bottom, other.bottom)
        guard newRight > left, newBottom > top else { return Rect(x: left, y: top, width: 0, height: 0) }
        return Rect(x: left, y: top, width: newRight - left, height: newBottom - top)
    }

    /// This rect shrunk by `margin` cells on every side.
    public func inset(by margin: Int) -> Rect {
        inset(top: margin, left: margin, bottom: margin, right: margin)
    }

    /// This rect shrunk by the given number of cells on each side (never below empty).
    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        let newWidth = max(0, width - left - right)
        let newHeight = max(0, height - top - bottom)
        return Rect(x: x + min(left, width), y: y + min(top, height), width: newWidth, height: newHeight)
    }

    /// A rect of at most `width` × `height` centred in this one (clamped to fit), for dialogs.
    public func centered(width: Int, height: Int) -> Rect {
        let w = min(max(0, width), self.width)
        let h = min(max(0, height), self.height)
        return Rect(x: x + (self.width - w) / 2, y: y + (self.height - h) / 2, width: w, height: h)
    }

    /// The one-row rect of row `index` (0 = top) inside this rect; empty when out of range.
    public func row(_ index: Int) -> Rect {
        guard index >= 0, index < height else { return Rect(x: x, y: y + max(0, index), width: 0, height: 0) }
        return Rect(x: x, y: y + index, width: width, height: 1)
    }

    public var description: String { "Rect(x: \(x), y: \(y), \(width)×\(height))" }
}
