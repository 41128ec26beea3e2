import ArgumentParser

/// `--no-color`, declared once for the browser and for every command that prints text.
struct ColorOptions: ParsableArguments {
    @Flag(
        name: .customLong("no-color"),
        help: "Never use colour (also: NO_COLOR set). Text output drops bold too; the browser shows the selection in reverse video."
    )
    var noColor = false
}
