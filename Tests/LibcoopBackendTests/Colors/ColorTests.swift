import LibcoopRender
import Testing
@testable import LibcoopBackend

@Suite("Colours")
struct ColorTests {
    @Test("Capability: 256, 8 or none; NO_COLOR and --no-color turn colour off")
    func capability() {
        #expect(ColorCapability.resolve(terminalHasColors: true, colors: 256, noColorEnvironment: nil, noColorOption: false) == .palette256)
        #expect(ColorCapability.resolve(terminalHasColors: true, colors: 8, noColorEnvironment: nil, noColorOption: false) == .eight)
        #expect(ColorCapability.resolve(terminalHasColors: false, colors: 0, noColorEnvironment: nil, noColorOption: false) == .monochrome)
        #expect(ColorCapability.resolve(terminalHasColors: true, colors: 256, noColorEnvironment: "1", noColorOption: false) == .monochrome)
        #expect(ColorCapability.resolve(terminalHasColors: true, colors: 256, noColorEnvironment: "", noColorOption: false) == .palette256)
        #expect(ColorCapability.resolve(terminalHasColors: true, colors: 256, noColorEnvironment: nil, noColorOption: true) == .monochrome)
    }

    @Test("Monochrome keeps attributes and turns backgrounds into reverse video")
    func monochrome() {
        let selected = TerminalStyle(Style().foreground(.black).background(.green), capability: .monochrome)
        #expect(selected.attributes == .reverse)
        #expect(selected.foreground == -1 && selected.background == -1)
        let bold = TerminalStyle(Style().foreground(.red).bold(), capability: .monochrome)
        #expect(bold.attributes == .bold)
    }

    @Test("256-colour entries are lowered to the nearest ANSI colour on 8-colour terminals")
    func lowering() {
        #expect(TerminalStyle.nearestANSI(9) == 1)     // bright red
        #expect(TerminalStyle.nearestANSI(196) == 1)   // red
        #expect(TerminalStyle.nearestANSI(46) == 2)    // green
        #expect(TerminalStyle.nearestANSI(21) == 4)    // blue
        #expect(TerminalStyle.nearestANSI(226) == 3)   // yellow
        #expect(TerminalStyle.nearestANSI(51) == 6)    // cyan
        #expect(TerminalStyle.nearestANSI(201) == 5)   // magenta
        #expect(TerminalStyle.nearestANSI(16) == 0)    // black
        #expect(TerminalStyle.nearestANSI(231) == 7)   // white
        #expect(TerminalStyle.nearestANSI(236) == 0)   // dark grey
        #expect(TerminalStyle.nearestANSI(250) == 7)   // light grey
        let style = TerminalStyle(Style().foreground(.indexed(196)).background(.default), capability: .eight)
        #expect(style.foreground == 1 && style.background == -1)
        let full = TerminalStyle(Style().foreground(.indexed(196)).background(.blue), capability: .palette256)
        #expect(full.foreground == 196 && full.background == 4)
    }

    @Test("Colour pairs are allocated once per combination, within the terminal's limit")
    func pairs() {
        var table = ColorPairTable(colorPairs: 3)
        #expect(table.pair(foreground: -1, background: -1) == (0, false))
        #expect(table.pair(foreground: 1, background: -1) == (1, true))
        #expect(table.pair(foreground: 1, background: -1) == (1, false))
        #expect(table.pair(foreground: 2, background: 4) == (2, true))
        #expect(table.pair(foreground: 3, background: 4) == (0, false))  // out of pairs: default colours
        #expect(table.count == 2)
    }
}
