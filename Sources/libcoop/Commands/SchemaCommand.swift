import ArgumentParser
import LibcoopCore

/// `libcoop schema`: prints the dataset format as a JSON Schema, generated from the record
/// declarations; `data/schema.json` is its output, checked in.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the dataset format as a JSON Schema (draft 2020-12).",
        discussion: "data/schema.json is this output: swift run libcoop schema > data/schema.json"
    )

    func run() throws {
        StandardStreams.write(JSONSchemaDocument.text())
    }
}
