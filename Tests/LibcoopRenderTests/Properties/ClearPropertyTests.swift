import Testing
@testable import LibcoopRender

/// `Grid.clear` blanks a rect a row at a time; these check that it leaves exactly the cells that
/// blanking each cell in turn (`placeBlank`, which keeps wide characters whole) would leave.
@Suite("Clearing a rect over random text")
struct ClearPropertyTests {
    @Test("clear equals blanking the rect cell by cell", arguments: Array(UInt64(1)...40))
    func clearMatchesCellByCell(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        for _ in 0..<10 {
            let width = Int.random(in: 1...16, using: &random)
            let height = Int.random(in: 1...4, using: &random)
            var grid = Grid(area: Rect(x: Int.random(in: 0...3, using: &random), y: 0, width: width, height: height))
            for _ in 0..<6 {
                let text = RandomText.make(length: Int.random(in: 0...10, using: &random), using: &random)
                let position = Position(x: grid.area.x + Int.random(in: -2...width, using: &random), y: Int.random(in: 0..<height, using: &random))
                grid.write(text, at: position, style: Bool.random(using: &random) ? Style().reversed() : .plain)
            }
            let rect = Rect(x: Int.random(in: -2...width + 2, using: &random), y: Int.random(in: -1...height, using: &random),
                            width: Int.random(in: 0...width + 2, using: &random), height: Int.random(in: 0...height + 1, using: &random))
            let style = Style().reversed()
            var expected = grid
            let target = rect.intersection(grid.area)
            if !target.isEmpty {
                for y in target.y..<target.bottom {
                    for x in target.x..<target.right { expected.placeBlank(x: x, y: y, style: style) }
                }
            }
            grid.clear(rect, style: style)
            #expect(grid.cells == expected.cells, "seed \(seed), rect \(rect)")
        }
    }
}
