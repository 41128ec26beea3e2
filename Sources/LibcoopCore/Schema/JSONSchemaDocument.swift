/// The dataset format as a JSON Schema (draft 2020-12), generated from the record declarations.
///
/// `libcoop schema` prints it and `data/schema.json` is a copy of it that a test keeps equal
/// (regenerate with `swift run libcoop schema > data/schema.json`). It is what other tools can
/// check a file against; libcoop itself also checks what a schema cannot: references that
/// resolve, unique ids, calendar dates, one floor per level.
public enum JSONSchemaDocument {
    /// The schema as JSON text, ending with a newline.
    public static func text() -> String {
        node().text() + "\n"
    }

    static func node() -> SchemaNode {
        let root = RecordType.root.recordDescription
        var members: [(String, SchemaNode)] = [
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string("https://libcoop.example/schema/libcoop-1.json")),
            ("title", .string("libcoop dataset")),
            ("description", .string(RecordType.root.summary)),
        ]
        members += objectMembers(root)
        var definitions = commonDefinitions
        for type in RecordType.allCases where type != .root {
            let description = type.recordDescription
            definitions.append((type.rawValue, .object([
                ("type", .string("object")),
                ("title", .string(title(type.label))),
                ("description", .string(type.summary)),
            ] + objectMembers(description).dropFirst())))
        }
        members.append(("$defs", .object(definitions)))
        return .object(members)
    }

    /// `type`, `properties`, `required` and `additionalProperties` of a kind's object.
    private static func objectMembers(_ description: RecordDescription) -> [(String, SchemaNode)] {
        [
            ("type", .string("object")),
            ("properties", .object(description.fields.map { ($0.name, property($0)) })),
            ("required", .array(description.requiredFieldNames.map(SchemaNode.string))),
            ("additionalProperties", .boolean(false)),
        ]
    }

    private static func property(_ field: RecordDescription.Field) -> SchemaNode {
        let value = valueSchema(field.type)
        let titled: [(String, SchemaNode)] = [("title", .string(title(field.label)))]
        if field.allowsNull {
            return .object(titled + [("anyOf", .array([.object(value), .object([("type", .string("null"))])]))])
        }
        return .object(titled + value)
    }

    private static func title(_ label: FieldLabel) -> String {
        "\(label.english) (\(label.chinese))"
    }

    private static func reference(_ definition: String) -> [(String, SchemaNode)] {
        [("$ref", .string("#/$defs/\(definition)"))]
    }

    private static func list(of items: [(String, SchemaNode)]) -> [(String, SchemaNode)] {
        [("type", .string("array")), ("items", .object(items))]
    }

    private static func valueSchema(_ type: FieldType) -> [(String, SchemaNode)] {
        switch type {
        case .text: reference("text")
        case .multilineText: reference("longText")
        case .identifier: reference("id")
        case .reference(let kind): reference("id") + [("description", .string("The id of \(kind.noun).")) ]
        case .references(let kinds):
            list(of: reference("id")) + [("description", .string("Ids of \(kinds.map(\.plural).joined(separator: " or ")))."))]
        case .choice(let values): [("enum", .array(values.map(SchemaNode.string)))]
        case .partialDate: reference("date")
        case .integer(let range, let excluded):
            [("type", .string("integer")), ("minimum", .integer(range.lowerBound)), ("maximum", .integer(range.upperBound))]
                + (excluded.map { [("not", .object([("const", .integer($0))]))] } ?? [])
        case .boolean: [("type", .string("boolean"))]
        case .constant(let value): [("const", .string(value))]
        case .record(let kind): reference(kind.rawValue)
        case .records(let kind): list(of: reference(kind.rawValue))
        }
    }

    /// The value shapes every kind shares.
    private static var commonDefinitions: [(String, SchemaNode)] { [
        ("id", .object([
            ("type", .string("string")),
            ("pattern", .string("^[a-z0-9][a-z0-9._-]{0,63}$")),
            ("description", .string("Lowercase ASCII id: a-z, 0-9, '.', '_', '-'; at most 64 characters.")),
        ])),
        ("text", .object([
            ("type", .string("string")),
            ("pattern", .string(#"^[^\u0000-\u001F\u007F-\u009F]*$"#)),
            ("description", .string("Text without control characters.")),
        ])),
        ("longText", .object([
            ("type", .string("string")),
            ("pattern", .string(#"^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$"#)),
            ("description", .string("Text that may contain line breaks and tabs but no other control characters.")),
        ])),
        ("date", .object([
            ("type", .string("string")),
            ("pattern", .string("^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$")),
            ("description", .string("YYYY, YYYY-MM or YYYY-MM-DD. libcoop also rejects days the month does not have (2022-02-30).")),
        ])),
    ] }
}
