import Testing
@testable import LibcoopRender

@Suite("Layout")
struct LayoutTests {
    let area = Rect(x: 0, y: 0, width: 100, height: 10)

    func widths(_ constraints: [Constraint], total: Int = 100, spacing: Int = 0) -> [Int] {
        Layout(.horizontal, constraints, spacing: spacing)
            .split(Rect(x: 0, y: 0, width: total, height: 1)).map(\.width)
    }

    @Test("Fixed, percentage and fill")
    func basic() {
        #expect(widths([.fixed(20), .fill(1)]) == [20, 80])
        #expect(widths([.percentage(30), .fill(1), .fixed(10)]) == [30, 60, 10])
        #expect(widths([.fill(1), .fill(3)]) == [25, 75])
    }

    @Test("Min grows only when no fill takes the space")
    func minimum() {
        #expect(widths([.min(10), .fill(1)]) == [10, 90])
        #expect(widths([.min(10), .fixed(20)]) == [80, 20])
    }

    @Test("Max takes leftover up to its limit")
    func maximum() {
        #expect(widths([.max(30), .fixed(10)]) == [30, 10])
        #expect(widths([.max(30), .fill(1)]) == [30, 70])
    }

    @Test("Too little space shrinks parts proportionally")
    func shrinking() {
        #expect(widths([.fixed(60), .fixed(60)]) == [50, 50])
        #expect(widths([.fixed(30), .fixed(10)], total: 20) == [15, 5])
        #expect(widths([.fixed(5), .fill(1)], total: 0) == [0, 0])
    }

    @Test("Spacing separates parts and positions follow")
    func spacing() {
        let rects = Layout(.horizontal, [.fixed(10), .fill(1)], spacing: 2).split(area)
        #expect(rects[0] == Rect(x: 0, y: 0, width: 10, height: 10))
        #expect(rects[1] == Rect(x: 12, y: 0, width: 88, height: 10))
    }

    @Test("Vertical split")
    func vertical() {
        let rects = Layout(.vertical, [.fixed(1), .fill(1), .fixed(1)]).split(Rect(x: 2, y: 3, width: 40, height: 12))
        #expect(rects == [Rect(x: 2, y: 3, width: 40, height: 1), Rect(x: 2, y: 4, width: 40, height: 10),
                          Rect(x: 2, y: 14, width: 40, height: 1)])
    }

    @Test("Parts never exceed the area", arguments: [0, 1, 2, 5, 13, 80])
    func neverExceeds(total: Int) {
        let constraints: [Constraint] = [.fixed(7), .percentage(40), .min(3), .max(9), .fill(2)]
        let rects = Layout(.horizontal, constraints, spacing: 1).split(Rect(x: 0, y: 0, width: total, height: 1))
        #expect(rects.count == constraints.count)
        for rect in rects { #expect(rect.right <= total) }
    }
}
