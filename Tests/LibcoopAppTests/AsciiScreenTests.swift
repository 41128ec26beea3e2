import Foundation
import LibcoopCore
import LibcoopRender
import LibcoopTestSupport
import Testing
@testable import LibcoopApp

/// On a terminal that draws East Asian Ambiguous characters two columns wide, every symbol the
/// browser draws itself must be one that terminal draws as the grid measures it: ASCII glyphs,
/// never `·`, `…`, `—`, box drawing or block elements.
///
/// The sample's own text holds a few ambiguous characters (`–`, `—`, `“`, `”`); they are data and
/// stay as they are, so this walk runs on a copy of the sample with them written in ASCII: any
/// ambiguous character left on screen then comes from the browser.
@Suite("ASCII glyphs when ambiguous characters are wide")
struct AsciiScreenTests {
    /// The sample with its ambiguous characters replaced, loaded once.
    static let asciiData: BrowserData = {
        do {
            let folder = try ScratchDirectory("ascii-screens")
            defer { folder.remove() }
            let text = try String(contentsOfFile: RepositoryFiles.sampleDataset, encoding: .utf8)
            let ascii = String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
                switch scalar {
                case "–", "—": "-"
                case "“", "”": "'"
                default: scalar
                }
            }))
            let path = folder.path("sample-ascii.json")
            try ascii.write(toFile: path, atomically: true, encoding: .utf8)
            return BrowserData(dataset: try DatasetLoader.load(paths: [path]), files: [path])
        } catch {
            fatalError("cannot prepare the ASCII sample: \(error)")
        }
    }()

    /// Every tab and overlay: floors and a room, staff and a person, programs and a program,
    /// linkage and an entry, overview, help, both searches, at sizes from too small to large.
    static let walk: [InputEvent] = [.char("j"), .char("2"), .char("j"), .char("G"), .key(.enter), .key(.escape),
                                     .char("3"), .key(.enter), .key(.escape), .char("4"), .key(.enter), .key(.escape),
                                     .char("5"), .char("y"), .key(.enter), .key(.escape), .char("y"), .char("y"),
                                     .char("1"), .char("?"), .key(.escape), .char("/")] + InputEvent.typing("zhang")
        + [.key(.enter), .key(.escape), .char(":")] + InputEvent.typing("图书馆") + [.key(.down), .key(.escape)]

    @Test(arguments: Language.allCases)
    func noScreenShowsAnAmbiguousCharacter(language: Language) {
        AmbiguousWidth.$current.withValue(.wide) {
            for (width, height) in [(80, 24), (120, 40), (60, 20), (30, 8), (200, 60), (29, 8)] {
                var state = Browser.start(data: Self.asciiData, size: Size(width: width, height: height), language: language)
                var screensChecked = 0
                for key in [.char("j")] + Self.walk {
                    send(&state, key)
                    let grid = Browser.view(state)
                    let ambiguous = Set(grid.cells.flatMap { cell in
                        cell.symbol.filter { $0.displayWidth(ambiguous: .wide) != $0.displayWidth(ambiguous: .narrow) }
                    })
                    #expect(ambiguous.isEmpty, "\(ambiguous.sorted()) at \(width)×\(height) after \(key):\n\(grid.textLines().joined(separator: "\n"))")
                    screensChecked += 1
                }
                #expect(screensChecked == Self.walk.count + 1)
            }
        }
    }

    @Test func narrowTerminalsKeepTheUnicodeSymbols() {
        var state = Browser.start(data: Self.asciiData, size: Size(width: 120, height: 40), language: .chinese)
        send(&state, .char("j"))
        #expect(screen(state).joined().contains("╭"), "\(screen(state))")
        #expect(screen(state)[0].contains(" › "), "\(screen(state)[0])")
    }

    @Test func bordersAndBreadcrumbsAreAsciiWhenWide() {
        AmbiguousWidth.$current.withValue(.wide) {
            var state = Browser.start(data: Self.asciiData, size: Size(width: 120, height: 40), language: .chinese)
            send(&state, .char("j"))
            let lines = screen(state)
            #expect(lines[0].contains(" | 金陵图书馆与雨花台区图书馆市区联动 > 雨花台区图书馆"), "\(lines[0])")
            #expect(lines.contains { $0.hasPrefix("+ 图书馆") }, "\(lines)")
        }
    }
}
