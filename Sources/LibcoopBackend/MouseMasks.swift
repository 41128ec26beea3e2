import CNcurses

/// The ncurses mouse-state bits the decoder understands.
struct MouseMasks: Hashable, Sendable {
    var leftPressed: UInt
    var leftReleased: UInt
    var leftClicked: UInt
    var middlePressed: UInt
    var middleReleased: UInt
    var middleClicked: UInt
    var rightPressed: UInt
    var rightReleased: UInt
    var rightClicked: UInt
    var wheelUp: UInt
    var wheelDown: UInt
    var shift: UInt
    var control: UInt
    var alt: UInt

    /// The values from this ncurses build (mouse version 2: buttons 4 and 5 are the wheel).
    static let ncurses = MouseMasks(
        leftPressed: UInt(libcoop_button1_pressed()), leftReleased: UInt(libcoop_button1_released()),
        leftClicked: UInt(libcoop_button1_clicked()),
        middlePressed: UInt(libcoop_button2_pressed()), middleReleased: UInt(libcoop_button2_released()),
        middleClicked: UInt(libcoop_button2_clicked()),
        rightPressed: UInt(libcoop_button3_pressed()), rightReleased: UInt(libcoop_button3_released()),
        rightClicked: UInt(libcoop_button3_clicked()),
        wheelUp: UInt(libcoop_button4_pressed()), wheelDown: UInt(libcoop_button5_pressed()),
        shift: UInt(libcoop_button_shift()), control: UInt(libcoop_button_ctrl()), alt: UInt(libcoop_button_alt())
    )

    /// Every event the backend asks ncurses to report.
    var all: UInt {
        leftPressed | leftReleased | leftClicked | middlePressed | middleReleased | middleClicked
            | rightPressed | rightReleased | rightClicked | wheelUp | wheelDown
    }
}
