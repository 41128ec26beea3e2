import Foundation
import LibcoopTestSupport
import Testing
@testable import LibcoopCore

/// data/schema.json and the Swift decoder describe the same format.
@Suite struct SchemaAgreementTests {
    private func schemaDefinitions() throws -> [String: Any] {
        let data = try #require(FileManager.default.contents(atPath: RepositoryFiles.path("data/schema.json")))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The checked-in schema is the one generated from the declarations (the CLI test checks the
    /// bytes; this one says which kind differs).
    @Test(arguments: RecordType.allCases)
    func fieldsAndRequiredFieldsMatch(_ type: RecordType) throws {
        let schema = try schemaDefinitions()
        let object: [String: Any]
        if type == .root {
            object = schema
        } else {
            let definitions = try #require(schema["$defs"] as? [String: Any])
            object = try #require(definitions[type.rawValue] as? [String: Any])
        }
        let description = type.recordDescription
        let properties = try #require(object["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(description.fields.map(\.name)))
        #expect(object["required"] as? [String] ?? [] == description.requiredFieldNames)
        #expect(object["additionalProperties"] as? Bool == false)
    }

    @Test(arguments: [
        ("organization", "kind", Organization.Kind.allCases.map(\.rawValue)),
        ("library", "tier", Library.Tier.allCases.map(\.rawValue)),
        ("space", "kind", Space.Kind.allCases.map(\.rawValue)),
        ("space", "status", Space.Status.allCases.map(\.rawValue)),
        ("program", "kind", Program.Kind.allCases.map(\.rawValue)),
        ("document", "kind", Document.Kind.allCases.map(\.rawValue)),
    ])
    func enumerationsMatch(_ definition: String, _ field: String, _ values: [String]) throws {
        let definitions = try #require(try schemaDefinitions()["$defs"] as? [String: Any])
        let properties = try #require((definitions[definition] as? [String: Any])?["properties"] as? [String: Any])
        let allowed = try #require((properties[field] as? [String: Any])?["enum"] as? [String])
        #expect(Set(allowed) == Set(values))
    }

    /// The independent validator (python-jsonschema) accepts the sample and judges each fixture as
    /// Tests/Fixtures/invalid/expectations.json says; `.ci/run` installs it.
    @Test func anIndependentValidatorAgrees() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", RepositoryFiles.path("Tests/schema/check_schema.py")]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.contains(" passed, 0 failed"))
    }
}
