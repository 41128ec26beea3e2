import LibcoopCore
import LibcoopRender
@testable import LibcoopApp

/// The screens the snapshot tests compare, each reached by keys from a fresh start.
enum Screens {
    /// Start, Yuhuatai, Floors tab, moved down to 3F (which holds 视障阅览室).
    static func yuhuataiFloors3F(width: Int, height: Int, language: Language = .chinese) -> BrowserState {
        var state = startBrowser(width: width, height: height, language: language)
        send(&state, .char("j"), .char("2"), .char("j"), .char("j"), .char("j"))
        return state
    }

    /// Start, Yuhuatai, Floors tab, 5F (which holds the 百姓书房 under construction).
    static func yuhuataiFloors5F(width: Int, height: Int, language: Language = .chinese) -> BrowserState {
        var state = startBrowser(width: width, height: height, language: language)
        send(&state, .char("j"), .char("2"), .char("j"))
        return state
    }

    /// Start, Yuhuatai, Floors tab: the whole directory board, top floor selected.
    static func yuhuataiFloors(width: Int, height: Int, language: Language = .chinese) -> BrowserState {
        var state = startBrowser(width: width, height: height, language: language)
        send(&state, .char("j"), .char("2"))
        return state
    }

    /// Start, Yuhuatai, Floors tab, into the directory, the last space but one (会议室), Enter.
    static func meetingRoom(width: Int, height: Int, language: Language = .chinese) -> BrowserState {
        var state = yuhuataiFloors(width: width, height: height, language: language)
        send(&state, .key(KeyEvent(.enter)), .char("G"), .char("k"), .key(KeyEvent(.enter)))
        return state
    }

    /// Start, `:`, `query` typed, Enter on the first result.
    static func recordChosen(_ query: String, width: Int, height: Int, language: Language = .chinese) -> BrowserState {
        var state = startBrowser(width: width, height: height, language: language)
        send(&state, .char(":"))
        type(&state, query)
        send(&state, .key(KeyEvent(.enter)))
        return state
    }

    /// Start, Yuhuatai, Staff tab.
    static func yuhuataiStaff(width: Int, height: Int) -> BrowserState {
        var state = startBrowser(width: width, height: height)
        send(&state, .char("j"), .char("3"))
        return state
    }

    /// Start, Yuhuatai, Linkage tab.
    static func yuhuataiLinkage(width: Int, height: Int) -> BrowserState {
        var state = startBrowser(width: width, height: height)
        send(&state, .char("j"), .char("5"))
        return state
    }

    /// Start, `/`, "zhang" typed.
    static func staffSearch(width: Int, height: Int) -> BrowserState {
        var state = startBrowser(width: width, height: height)
        send(&state, .char("/"))
        type(&state, "zhang")
        return state
    }

    /// Start, `?`.
    static func help(width: Int, height: Int) -> BrowserState {
        var state = startBrowser(width: width, height: height)
        send(&state, .char("?"))
        return state
    }
}
