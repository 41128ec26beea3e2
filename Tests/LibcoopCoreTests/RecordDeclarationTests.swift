import LibcoopTestSupport
import Foundation
import Testing
@testable import LibcoopCore

/// The record declarations (`Schema/`) are what the decoder reads and the output writes.
/// Tests/Fixtures/valid/every-field.json gives every declared member of every kind a value.
@Suite struct RecordDeclarationTests {
    private static let everyFieldPath = RepositoryFiles.path("Tests/Fixtures/valid/every-field.json")

    private static func fixture() throws -> [String: Any] {
        let data = try #require(FileManager.default.contents(atPath: everyFieldPath))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The fixture's objects of each kind, found by walking it as the declarations describe.
    private static func objects(in fixture: [String: Any]) -> [RecordType: [[String: Any]]] {
        var found: [RecordType: [[String: Any]]] = [.root: [fixture]]
        func visit(_ object: [String: Any], as type: RecordType) {
            for field in type.recordDescription.fields {
                switch field.type {
                case .record(let kind):
                    if let nested = object[field.name] as? [String: Any] {
                        found[kind, default: []].append(nested)
                        visit(nested, as: kind)
                    }
                case .records(let kind):
                    for nested in object[field.name] as? [[String: Any]] ?? [] {
                        found[kind, default: []].append(nested)
                        visit(nested, as: kind)
                    }
                case .text, .multilineText, .identifier, .reference, .references, .choice, .partialDate, .integer, .boolean, .constant:
                    break
                }
            }
        }
        visit(fixture, as: .root)
        return found
    }

    @Test func theFixtureGivesEveryDeclaredMemberOfEveryKind() throws {
        let objects = Self.objects(in: try Self.fixture())
        for type in RecordType.allCases {
            let given = Set((objects[type] ?? []).flatMap(\.keys))
            let declared = Set(type.recordDescription.fields.map(\.name))
            #expect(given == declared, "\(type): missing \(declared.subtracting(given).sorted())")
        }
    }

    /// Every member decodes and is written back under its name with its value (members given
    /// as `null` are left out of the output, as today).
    @Test func everyDeclaredMemberRoundTripsThroughDecodingAndOutput() throws {
        let fixture = try Self.fixture()
        let dataset = try DatasetLoader.load(paths: [Self.everyFieldPath])
        func withoutNulls(_ value: Any?) -> Any? {
            if let object = value as? [String: Any] {
                return object.filter { !($0.value is NSNull) }.mapValues { withoutNulls($0)! }
            }
            if let array = value as? [Any] { return array.map { withoutNulls($0)! } }
            return value
        }
        let lists: [(String, Any)] = try Dataset.Field.allCases.compactMap { field in
            guard let value = dataset.value(of: field) else { return nil }
            return (field.name, try JSONSerialization.jsonObject(with: JSONEncoder().encode(value), options: .fragmentsAllowed))
        }
        #expect(lists.count == Dataset.Field.allCases.count - 2)
        for (name, output) in lists {
            let input = try #require(withoutNulls(fixture[name]))
            #expect(NSArray(array: [output]).isEqual(to: [input]), "\(name) is not written back as read")
        }
    }

    /// Detail views and the coming editor find a member by its JSON name and show its label.
    @Test func everyMemberHasALabelInBothLanguagesAndIsFoundByItsName() throws {
        #expect(StaffMember.Field.department.label == FieldLabel("部门", "Department"))
        #expect(StaffMember.Field(named: "name_en") == .nameEnglish)
        #expect(RecordType.staff.recordDescription.field("department_en")?.label.english == "Department (English)")
        for type in RecordType.allCases {
            let fields = type.recordDescription.fields
            #expect(Set(fields.map(\.name)).count == fields.count)
            for field in fields {
                #expect(!field.label.chinese.isEmpty && !field.label.english.isEmpty, "\(type).\(field.name)")
                #expect(type.recordDescription.field(field.name) == field)
            }
        }
    }

    /// Leaving out any member the declaration requires is reported as missing.
    @Test(arguments: RecordType.allCases.filter { $0 != .root })
    func everyRequiredMemberIsReportedMissing(_ type: RecordType) throws {
        let fixture = try Self.fixture()
        for field in type.recordDescription.fields where field.isRequired {
            var done = false
            let reduced = Self.removing(field.name, fromFirst: type, in: fixture, as: .root, done: &done)
            #expect(done)
            let bytes = try JSONSerialization.data(withJSONObject: reduced)
            do {
                _ = try DatasetLoader.load(bytes: Array(bytes))
                Issue.record("\(type) without \(field.name) loaded")
            } catch {
                let messages = error.diagnostics.map(\.message)
                #expect(messages.contains("missing required field \"\(field.name)\""), "\(type).\(field.name): \(messages)")
            }
        }
    }

    /// `object`, of kind `type`, with `member` taken out of the first object of kind `target` in it.
    private static func removing(
        _ member: String, fromFirst target: RecordType, in object: [String: Any], as type: RecordType, done: inout Bool
    ) -> [String: Any] {
        var copy = object
        if type == target, !done {
            done = true
            copy[member] = nil
            return copy
        }
        for field in type.recordDescription.fields {
            switch field.type {
            case .record(let kind):
                if let nested = object[field.name] as? [String: Any] {
                    copy[field.name] = removing(member, fromFirst: target, in: nested, as: kind, done: &done)
                }
            case .records(let kind):
                if let list = object[field.name] as? [[String: Any]] {
                    copy[field.name] = list.map { removing(member, fromFirst: target, in: $0, as: kind, done: &done) }
                }
            case .text, .multilineText, .identifier, .reference, .references, .choice, .partialDate, .integer, .boolean, .constant:
                break
            }
        }
        return copy
    }
}

/// Every value of every enumerated field has a word in both languages, and no two values of one
/// field share a word: the browser, reports and exports all show these words, so they must agree
/// and tell values apart.
@Suite struct ValueLabelTests {
    static func check(_ labels: [FieldLabel]) {
        #expect(labels.allSatisfy { !$0.chinese.isEmpty && !$0.english.isEmpty })
        #expect(Set(labels.map(\.chinese)).count == labels.count, "\(labels.map(\.chinese))")
        #expect(Set(labels.map(\.english)).count == labels.count, "\(labels.map(\.english))")
    }

    @Test func everyEnumeratedValueHasItsOwnWordInBothLanguages() {
        Self.check(Program.Kind.allCases.map(\.label))
        Self.check(Program.Mode.allCases.map(\.label))
        Self.check(Program.Status.allCases.map(\.label))
        Self.check(Space.Kind.allCases.map(\.label))
        Self.check(Space.Status.allCases.map(\.label))
        Self.check(Library.Tier.allCases.map(\.label))
        Self.check(Organization.Kind.allCases.map(\.label))
        Self.check(Document.Kind.allCases.map(\.label))
    }
}
