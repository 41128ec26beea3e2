import ArgumentParser

/// How a command prints its answer: aligned text for people, or JSON for scripts.
struct OutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print machine-readable JSON instead of text.")
    var json = false

    @Flag(name: .customLong("no-color"), help: "Never use colour or bold (also: NO_COLOR set, or output not a terminal).")
    var noColor = false

    /// The text styling to use for this run.
    var style: TextStyle { TextStyle(enabled: !noColor && TextStyle.terminalAllowsStyle) }
}
