import ArgumentParser

/// How a command prints its answer: aligned text for people, or JSON for scripts.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print machine-readable JSON instead of text.")
    var json = false

    @OptionGroup var color: ColorOptions

    /// The text styling to use for this run: none with `--no-color`, `NO_COLOR` set, or output
    /// not going to a terminal.
    var style: TextStyle { TextStyle(enabled: !color.noColor && TextStyle.terminalAllowsStyle) }
}
