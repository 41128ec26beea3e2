/// Which pane takes the keys: the library tree on the left or the selected tab on the right.
public enum Focus: Sendable, Hashable {
    case libraries
    case content
}
