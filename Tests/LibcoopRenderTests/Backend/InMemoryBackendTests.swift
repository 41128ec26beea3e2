import Testing
@testable import LibcoopRender

/// A tiny program run against the in-memory terminal, the way the app layer will be tested:
/// scripted events in, screens out, no terminal.
@Suite("In-memory backend")
struct InMemoryBackendTests {
    struct Counter {
        var selection = ListState(selected: 0)
        var typed = TextInputState()
        var quit = false
        let items: [ListItem] = ["市图书馆", "区图书馆", "分馆"]

        mutating func update(_ event: InputEvent) {
            guard case .key(let key) = event else { return }
            switch key.key {
            case .down: selection.selectNext(count: items.count)
            case .up: selection.selectPrevious(count: items.count)
            case .escape: quit = true
            default: typed.handle(key)
            }
        }

        mutating func view(into grid: inout Grid) {
            let rows = Layout(.vertical, [.fill(1), .fixed(1)]).split(grid.area)
            grid.render(ListView(items: items), in: rows[0], state: &selection)
            grid.render(TextInput(prompt: "> "), in: rows[1], state: &typed)
        }
    }

    func run(_ program: inout Counter, on backend: inout InMemoryBackend) {
        repeat {
            var grid = Grid(size: backend.size)
            program.view(into: &grid)
            backend.draw(grid)
            guard let event = backend.nextEvent(timeout: nil) else { return }
            program.update(event)
        } while !program.quit
    }

    @Test("Scripted keys drive the program; the last frame is the screen")
    func scripted() {
        var backend = InMemoryBackend(size: Size(width: 14, height: 4))
        backend.inject([.key(.down), .key(.down)] + InputEvent.typing("找书"))
        var program = Counter()
        run(&program, on: &backend)
        #expect(backend.screenLines == [
            "  市图书馆    ",
            "  区图书馆    ",
            "> 分馆        ",
            "> 找书        ",
        ])
        #expect(backend.lastFrame?.cursor == Position(x: 6, y: 3))
        #expect(backend.frameCount == 5)
    }

    @Test("A resize is queued as an event and the next frame has the new size")
    func resize() {
        var backend = InMemoryBackend(size: Size(width: 14, height: 4))
        backend.resize(to: Size(width: 8, height: 2))
        var program = Counter()
        run(&program, on: &backend)
        #expect(backend.lastFrame?.area.size == Size(width: 8, height: 2))
        #expect(backend.screenLines == ["> 市图… ", ">       "])
    }
}
