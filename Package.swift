// swift-tools-version:6.0
import PackageDescription

/// libcoop: a terminal browser for city–district library cooperation records.
///
/// Layers, lowest first (each a module that depends only on the ones above it in this list):
/// - `LibcoopSearch`: the name-search engine (folding, pinyin, ranked matching) — knows no model.
/// - `LibcoopCore`: model, record declarations, JSON loading, validation, queries, staff and record
///   search — no terminal code.
/// - `LibcoopSynthetic`: the synthetic dataset generator (CLI `generate`, benchmarks, tests).
/// - `LibcoopRender`: an in-memory cell grid, layout and widgets — no ncurses.
/// - `CNcurses` + `CTerminalGuard` + `LibcoopBackend`: the only code that talks to ncurses.
/// - `LibcoopApp`: the browser's state, `update` and `view` (the Elm architecture).
/// - `libcoop`: the command-line executable.
///
/// Built and tested on Linux only (Glibc, ncursesw); no other platform is declared because none is
/// built or tested (README, "Platforms").
let package = Package(
    name: "libcoop",
    products: [
        .executable(name: "libcoop", targets: ["libcoop"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .target(name: "LibcoopSearch"),
        .target(name: "LibcoopCore", dependencies: ["LibcoopSearch"]),
        // Deterministic synthetic datasets of any size, for `libcoop generate`, benchmarks and tests.
        .target(name: "LibcoopSynthetic", dependencies: ["LibcoopCore"]),
        .target(name: "LibcoopRender"),
        // Spreadsheet files: the .xlsx writer (export, report) and reader (import), over ZIPFoundation.
        .target(name: "LibcoopSpreadsheet", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // glibc's mallopt, for the one malloc arena the libcoop process uses (Support/MallocArenas).
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        // Async-signal-safe terminal restoration (signal handlers, atexit) for LibcoopBackend.
        .target(name: "CTerminalGuard"),
        .target(name: "LibcoopBackend", dependencies: ["CNcurses", "CTerminalGuard", "LibcoopRender"]),
        .target(name: "LibcoopApp", dependencies: ["LibcoopCore", "LibcoopRender"]),
        .executableTarget(
            name: "libcoop",
            dependencies: [
                "LibcoopCore",
                "LibcoopSynthetic",
                "LibcoopRender",
                "LibcoopBackend",
                "LibcoopApp",
                "LibcoopSpreadsheet",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                // config.toml (Sources/libcoop/Settings).
                .product(name: "TOMLKit", package: "TOMLKit"),
                "CMalloc",
            ]
        ),
        // A small widget gallery over the ncurses backend, driven by the tmux end-to-end tests.
        .executableTarget(name: "libcoop-gallery", dependencies: ["LibcoopRender", "LibcoopBackend"]),
        // Staff search at national scale, run in release mode by scripts/bench-search.sh.
        .executableTarget(
            name: "libcoop-bench-search",
            dependencies: ["LibcoopCore", "LibcoopSynthetic", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Browser first frame and keystroke-to-frame latency, run in release mode by scripts/bench-browser.sh.
        .executableTarget(
            name: "libcoop-bench-browser",
            dependencies: ["LibcoopCore", "LibcoopRender", "LibcoopApp", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // What the test targets share: screen assertions and snapshots, scripted terminals,
        // running the built programs, the repository's files, scratch directories.
        .target(
            name: "LibcoopTestSupport",
            dependencies: ["LibcoopRender", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/LibcoopTestSupport"
        ),
        .testTarget(name: "LibcoopSearchTests", dependencies: ["LibcoopSearch", "LibcoopTestSupport"]),
        .testTarget(name: "LibcoopCoreTests", dependencies: ["LibcoopCore", "LibcoopSearch", "LibcoopSynthetic", "LibcoopTestSupport"]),
        .testTarget(name: "LibcoopSyntheticTests", dependencies: ["LibcoopSynthetic", "LibcoopCore", "LibcoopTestSupport"]),
        .testTarget(name: "LibcoopRenderTests", dependencies: ["LibcoopRender", "LibcoopTestSupport"]),
        .testTarget(name: "LibcoopBackendTests", dependencies: ["LibcoopBackend", "LibcoopRender", "LibcoopTestSupport"]),
        .testTarget(
            name: "LibcoopAppTests",
            dependencies: ["LibcoopApp", "LibcoopCore", "LibcoopRender", "LibcoopSynthetic", "LibcoopTestSupport"],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(name: "LibcoopSpreadsheetTests", dependencies: ["LibcoopSpreadsheet", "LibcoopTestSupport"]),
        .testTarget(name: "LibcoopCLITests", dependencies: ["LibcoopCore", "libcoop", "LibcoopTestSupport"]),
        .testTarget(name: "LibcoopTestSupportTests", dependencies: ["LibcoopRender", "LibcoopTestSupport"]),
    ]
)
