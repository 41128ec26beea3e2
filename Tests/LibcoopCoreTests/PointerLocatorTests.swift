import Testing
@testable import LibcoopCore

/// Placing values by JSON pointer in one pass: in any order, repeated, through escaped names,
/// and falling back to the nearest ancestor that is in the file.
@Suite struct PointerLocatorTests {
    static let document = #"{"a": [10, {"b": 1, "c\u0064": [true]}, 30], "e": {"f": null}, "a": 5}"#

    private func offsets(_ pointers: [JSONPointer], in text: String = document) -> [Int?] {
        Array(text.utf8).withUnsafeBufferPointer { PointerLocator.offsets(of: pointers, in: $0, startingAt: 0) }
    }

    /// The byte offset of the first occurrence of `piece` in `text`.
    private func offset(of piece: String, in text: String = document) -> Int {
        let bytes = Array(text.utf8)
        let wanted = Array(piece.utf8)
        return bytes.indices.first { bytes[$0...].starts(with: wanted) } ?? -1
    }

    @Test func findsEachValueWhateverTheOrderAndRepeats() {
        let pointers = [
            JSONPointer([.key("e"), .key("f")]),
            JSONPointer([.key("a"), .index(2)]),
            JSONPointer([.key("a"), .index(1), .key("b")]),
            JSONPointer([.key("a"), .index(1), .key("cd"), .index(0)]),
            JSONPointer([.key("a"), .index(1), .key("b")]),
            JSONPointer([.key("a"), .index(0)]),
            JSONPointer.root,
        ]
        #expect(offsets(pointers) == [
            offset(of: "null"), offset(of: "30"), offset(of: "1,"), offset(of: "true"), offset(of: "1,"), offset(of: "10"), 0,
        ])
    }

    @Test func aValueNotInTheFileTakesItsNearestAncestor() {
        let pointers = [
            JSONPointer([.key("a"), .index(7)]),
            JSONPointer([.key("e"), .key("g"), .index(3)]),
            JSONPointer([.key("e"), .key("f"), .key("x")]),
            JSONPointer([.key("zzz")]),
        ]
        #expect(offsets(pointers) == [offset(of: "[10"), offset(of: #"{"f""#), offset(of: "null"), 0])
    }

    @Test func aRepeatedMemberIsFoundAtItsFirstOccurrence() {
        #expect(offsets([JSONPointer([.key("a")])]) == [offset(of: "[10")])
    }

    @Test func aSyntaxErrorKeepsWhatWasFoundBeforeIt() {
        let text = #"{"a": [1, 2 "#
        let pointers = [JSONPointer([.key("a"), .index(1)]), JSONPointer([.key("a"), .index(5)]), JSONPointer([.key("b")])]
        #expect(offsets(pointers, in: text) == [offset(of: "2", in: text), offset(of: "[", in: text), 0])
        #expect(offsets([JSONPointer([.key("a")])], in: "   ") == [nil])
    }

    @Test func manyPointersIntoOneLongArray() {
        let count = 5_000
        var text = "["
        var valueOffsets: [Int] = []
        for index in 0..<count {
            if index > 0 { text += "," }
            text += #"{"id": "#
            valueOffsets.append(text.utf8.count)
            text += #""x\#(index)"}"#
        }
        text += "]"
        let pointers = (0..<count).reversed().map { JSONPointer([.index($0), .key("id")]) }
        #expect(offsets(pointers, in: text) == valueOffsets.reversed())
    }
}
