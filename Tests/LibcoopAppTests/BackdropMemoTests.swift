import LibcoopCore
import LibcoopRender
import Testing
@testable import LibcoopApp

/// The backdrop kept under overlays (`BackdropMemo`) never shows a stale pane: after any key, the
/// frame drawn through the memo is the frame drawn from scratch, and typing in a search overlay
/// does reuse it.
@Suite struct BackdropMemoTests {
    /// A small deterministic generator (SplitMix64), so a failing walk can be replayed.
    struct Walk: RandomNumberGenerator {
        var seed: UInt64
        mutating func next() -> UInt64 {
            seed &+= 0x9E37_79B9_7F4A_7C15
            var z = seed
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Keys that move, switch tabs and panes, open and type in overlays, follow and go back.
    static let events: [InputEvent] = {
        let keys: [Key] = [.down, .up, .left, .right, .enter, .escape, .backspace, .tab, .pageDown, .pageUp, .home, .end]
        let characters = Array("jkhl12345/:?[]gGnNzyq张jx ") + ["\u{7F}"]
        return keys.map { .key(KeyEvent($0)) } + characters.filter { $0 != "q" }.map { .char($0) }
            + [.resize(Size(width: 100, height: 30)), .resize(Size(width: 60, height: 20)), .resize(Size(width: 120, height: 40)),
               .resize(Size(width: 30, height: 8)), .click(x: 5, y: 5), .wheelDown(x: 60, y: 20)]
    }()

    @Test("After every key of long random walks, the frame drawn through the memo is the frame drawn from scratch",
          arguments: [1, 2, 3, 4] as [UInt64])
    func memoNeverStale(seed: UInt64) {
        var walk = Walk(seed: seed)
        let memo = BackdropMemo()
        for language in [Language.chinese, .english] {
            var state = startBrowser(language: language)
            for step in 0..<400 {
                let event = Self.events[Int(walk.next() % UInt64(Self.events.count))]
                _ = Browser.update(&state, event)
                let kept = BrowserView.render(state, memo: memo)
                let fresh = BrowserView.render(state, memo: BackdropMemo())
                #expect(kept == fresh, "seed \(seed), step \(step), after \(event):\n\(kept.textLines().joined(separator: "\n"))\n--- from scratch ---\n\(fresh.textLines().joined(separator: "\n"))")
                if kept != fresh { return }
            }
        }
        #expect(memo.drawCount < 2 * 400, "the memo was never used")
    }

    @Test("Typing in staff and record search draws the panes behind once; a resize or a new library draws them again")
    func typingReusesTheBackdrop() {
        let memo = BackdropMemo()
        var state = startBrowser()
        _ = BrowserView.render(state, memo: memo)
        send(&state, .char("/"))
        _ = BrowserView.render(state, memo: memo)
        let opened = memo.drawCount
        for character in "zhangqingwen" {
            send(&state, .char(character))
            _ = BrowserView.render(state, memo: memo)
        }
        #expect(memo.drawCount == opened, "typing redrew the panes behind the overlay")
        send(&state, .resize(Size(width: 100, height: 30)))
        _ = BrowserView.render(state, memo: memo)
        #expect(memo.drawCount == opened + 1, "a resize must redraw them")
        send(&state, .key(KeyEvent(.escape)), .char("j"))
        _ = BrowserView.render(state, memo: memo)
        #expect(memo.drawCount == opened + 2, "another library must redraw them")
        send(&state, .char(":"))
        _ = BrowserView.render(state, memo: memo)
        for character in "tushuguan" {
            send(&state, .char(character))
            _ = BrowserView.render(state, memo: memo)
        }
        #expect(memo.drawCount == opened + 2, "typing in record search redrew the panes behind it")
    }
}
