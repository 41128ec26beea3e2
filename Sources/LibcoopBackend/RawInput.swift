/// What ncurses hands over for one read, before decoding into `InputEvent`s: a character (a
/// Unicode scalar from `get_wch`), a key code (`KEY_UP`, …), or a mouse report (`getmouse`).
enum RawInput: Hashable, Sendable {
    /// `get_wch` returned `OK` with this scalar value.
    case character(UInt32)
    /// `get_wch` returned `KEY_CODE_YES` with this key code (other than `KEY_MOUSE`).
    case keyCode(Int32)
    /// A mouse report: ncurses button-state bits and the cell.
    case mouse(buttonState: UInt, x: Int, y: Int)
}
