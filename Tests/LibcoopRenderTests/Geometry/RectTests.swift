import Testing
@testable import LibcoopRender

@Suite("Rect")
struct RectTests {
    @Test("Insets never go negative")
    func inset() {
        let rect = Rect(x: 2, y: 2, width: 3, height: 1)
        #expect(rect.inset(by: 1) == Rect(x: 3, y: 3, width: 1, height: 0))
        #expect(rect.inset(by: 5).isEmpty)
    }

    @Test("Intersection and containment")
    func intersection() {
        let a = Rect(x: 0, y: 0, width: 10, height: 10)
        let b = Rect(x: 5, y: 5, width: 10, height: 10)
        #expect(a.intersection(b) == Rect(x: 5, y: 5, width: 5, height: 5))
        #expect(a.intersection(Rect(x: 20, y: 20, width: 1, height: 1)).isEmpty)
        #expect(a.contains(Position(x: 9, y: 9)))
        #expect(!a.contains(Position(x: 10, y: 0)))
    }

    @Test("Centred rects are clamped to fit")
    func centered() {
        let screen = Rect(x: 0, y: 0, width: 80, height: 24)
        #expect(screen.centered(width: 40, height: 10) == Rect(x: 20, y: 7, width: 40, height: 10))
        #expect(screen.centered(width: 200, height: 50) == screen)
    }
}
