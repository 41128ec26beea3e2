import LibcoopTestSupport
import Testing
@testable import LibcoopRender

/// Property tests over random strings (Chinese, emoji sequences, combining marks, controls,
/// ambiguous characters) and random widths, from fixed seeds so failures reproduce.
@Suite("Properties over random text and widths")
struct WidthPropertyTests {
    static let seeds: [UInt64] = Array(1...40)

    @Test("Grid writes: no row exceeds its width, no wide character is cut", arguments: seeds)
    func gridWrites(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        for ambiguous in [AmbiguousWidth.narrow, .wide] {
            AmbiguousWidth.$current.withValue(ambiguous) {
                let width = Int.random(in: 1...24, using: &random)
                let height = Int.random(in: 1...4, using: &random)
                var grid = Grid(width: width, height: height)
                for _ in 0..<12 {
                    let text = RandomText.make(length: Int.random(in: 0...12, using: &random), using: &random)
                    let position = Position(x: Int.random(in: -3...width, using: &random),
                                            y: Int.random(in: 0..<height, using: &random))
                    let maxWidth: Int? = Bool.random(using: &random) ? Int.random(in: 0...width, using: &random) : nil
                    let used = grid.write(text, at: position, maxWidth: maxWidth)
                    #expect(used >= 0)
                    if let maxWidth { #expect(used <= max(0, maxWidth)) }
                }
                checkGridInvariants(grid)
            }
        }
    }

    @Test("truncated(toWidth:) never exceeds the width and never splits a cluster", arguments: seeds)
    func truncation(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        for _ in 0..<20 {
            let text = TerminalText.sanitized(RandomText.make(length: Int.random(in: 0...16, using: &random), using: &random))
            let width = Int.random(in: 0...20, using: &random)
            let cut = text.truncated(toWidth: width)
            #expect(cut.displayWidth <= max(0, width), "\(text.debugDescription) at \(width)")
            if text.displayWidth <= width {
                #expect(cut == text)
            } else {
                #expect(cut.displayWidth == width)
                // Every cluster of the cut text, but the ellipsis and padding, is a cluster of the text.
                let kept = cut.filter { $0 != "…" && $0 != " " }
                #expect(kept.allSatisfy { text.contains($0) })
            }
            let padded = text.padded(toWidth: width)
            #expect(padded.displayWidth == max(width, text.displayWidth))
        }
    }

    @Test("Wrapping keeps every line within the width and loses no visible character", arguments: seeds)
    func wrapping(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        for _ in 0..<10 {
            let text = RandomText.make(length: Int.random(in: 0...30, using: &random), using: &random)
            let width = Int.random(in: 1...16, using: &random)
            let lines = LineBreaking.wrap(Line(text), width: width)
            for line in lines {
                let lineWidth = line.displayWidth
                // Only a single character wider than the whole width may exceed it.
                #expect(lineWidth <= width || line.plainText.count == 1, "\(line.plainText.debugDescription) at \(width)")
            }
            let visible = { (s: String) in TerminalText.sanitized(s).filter { $0 != " " && $0.displayWidth > 0 } }
            #expect(visible(lines.map(\.plainText).joined()) == visible(text))
        }
    }

    @Test("Widgets render inside any area at any size", arguments: seeds.prefix(15))
    func widgets(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        let width = Int.random(in: 1...30, using: &random)
        let height = Int.random(in: 1...8, using: &random)
        let words = (0..<8).map { _ in RandomText.make(length: Int.random(in: 0...8, using: &random), using: &random) }
        var list = ListState(selected: Int.random(in: 0..<8, using: &random))
        var table = TableState(selected: 1)
        var input = TextInputState(text: words[0])
        var grid = Grid(width: width, height: height)
        grid.render(Block(title: Line(words[1])))
        grid.render(ListView(items: words.map { ListItem($0) }, block: Block(title: Line(words[2]))), in: grid.area, state: &list)
        grid.render(Table(columns: [TableColumn(words[3]), TableColumn(words[4], width: .fill(1))],
                          rows: words.map { TableRow(texts: [$0, $0]) }), in: grid.area.inset(by: 1), state: &table)
        grid.render(Tabs(titles: words.map { Line($0) }, selected: 3), in: grid.area.row(0))
        grid.render(Paragraph(words.joined(separator: " ")), in: grid.area.inset(left: 2))
        grid.render(KeyHintBar(hints: [KeyHint(words[5], words[6])]), in: grid.area.row(height - 1))
        grid.render(TextInput(prompt: Line(words[7])), in: grid.area.row(height / 2), state: &input)
        grid.render(Modal(title: Line(words[1]), message: words[2]))
        grid.render(Scrollbar(contentLength: 30, viewportLength: height, position: 5))
        checkGridInvariants(grid)
    }
}
