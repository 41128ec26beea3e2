import Testing
@testable import LibcoopBackend

@Suite("Start errors")
struct TerminalStartErrorTests {
    @Test("Each error has a message and a sysexits status")
    func messages() {
        #expect(TerminalStartError.notATerminal.exitStatus == 64)
        #expect(TerminalStartError.unknownTerminal("vt999").exitStatus == 69)
        #expect(TerminalStartError.unknownTerminal("vt999").description.contains("vt999"))
        #expect(TerminalStartError.noUTF8Locale.description.contains("UTF-8"))
    }
}
