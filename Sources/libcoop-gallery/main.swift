// libcoop-gallery: a small program showing every widget of the render layer through the
// ncurses backend. Used by the tmux end-to-end tests; superseded later by the real browser.
import Glibc
import LibcoopBackend
import LibcoopRender

struct GalleryOptions {
    var backend = NcursesBackend.Options()
    var ambiguousWidth = AmbiguousWidth.narrow
    var crashKey = false
    var pidFile: String?

    static let usage = """
        usage: libcoop-gallery [--no-color] [--no-mouse] [--ambiguous-wide] [--crash-key] [--pid-file PATH]
          --no-color        no colours (NO_COLOR is honoured too)
          --no-mouse        do not ask the terminal for mouse events
          --ambiguous-wide  measure East Asian Ambiguous characters as two columns
          --crash-key       F12 crashes the program (to test that the terminal is restored)
          --pid-file PATH   write the process id to PATH (for tests)
        """

    static func parse(_ arguments: [String]) -> GalleryOptions {
        var options = GalleryOptions()
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--no-color": options.backend.noColor = true
            case "--no-mouse": options.backend.mouse = false
            case "--ambiguous-wide": options.ambiguousWidth = .wide
            case "--crash-key": options.crashKey = true
            case "--pid-file":
                guard let path = iterator.next() else { fail("--pid-file needs a path") }
                options.pidFile = path
            case "-h", "--help":
                print(usage)
                exit(0)
            default:
                fail("unknown option \(argument)")
            }
        }
        return options
    }

    static func fail(_ message: String) -> Never {
        printError("libcoop-gallery: \(message)\n\(usage)")
        exit(64)
    }
}

/// Writes a line to standard error.
func printError(_ message: String) {
    let bytes = Array((message + "\n").utf8)
    _ = bytes.withUnsafeBufferPointer { write(STDERR_FILENO, $0.baseAddress, $0.count) }
}

func runGallery(_ options: GalleryOptions) -> Int32 {
    let backend: NcursesBackend
    do {
        backend = try NcursesBackend(options: options.backend)
    } catch {
        printError("libcoop-gallery: \(error)")
        return error.exitStatus
    }
    defer { backend.stop() }
    var state = GalleryState(size: backend.size)
    state.crashKeyEnabled = options.crashKey
    while !state.quit {
        let layout = GalleryLayout(size: backend.size, state: state)
        var grid = Grid(size: backend.size)
        GalleryView.render(&state, layout: layout, into: &grid)
        backend.draw(grid)
        guard let event = backend.nextEvent(timeout: nil) else { continue }
        state.update(event, layout: GalleryLayout(size: backend.size, state: state))
    }
    return 0
}

let options = GalleryOptions.parse(Array(CommandLine.arguments.dropFirst()))
if let path = options.pidFile, let file = fopen(path, "w") {
    fputs("\(getpid())\n", file)
    fclose(file)
}
let status = AmbiguousWidth.$current.withValue(options.ambiguousWidth) { runGallery(options) }
exit(status)
