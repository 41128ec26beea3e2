/// A mouse button.
public enum MouseButton: Hashable, Sendable {
    case left, middle, right
}

/// What the mouse did.
public enum MouseAction: Hashable, Sendable {
    /// A button went down.
    case press(MouseButton)
    /// A button came up.
    case release(MouseButton)
    /// The wheel turned away from the user (content should move down, view up).
    case scrollUp
    /// The wheel turned towards the user.
    case scrollDown
}

/// A mouse event at a screen cell.
public struct MouseEvent: Hashable, Sendable {
    /// What happened.
    public var action: MouseAction
    /// The cell under the pointer.
    public var position: Position
    /// Modifiers held (as far as the terminal reports them).
    public var modifiers: KeyModifiers

    /// A mouse event.
    public init(_ action: MouseAction, at position: Position, modifiers: KeyModifiers = []) {
        self.action = action
        self.position = position
        self.modifiers = modifiers
    }
}
