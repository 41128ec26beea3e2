import LibcoopTestSupport
import Testing
@testable import LibcoopRender

/// `displayWidth` measures text made only of scalars that never join a neighbour (Latin, CJK,
/// general punctuation, box drawing, fullwidth forms, controls) scalar by scalar; these check
/// that this gives exactly the sum over grapheme clusters, and that anything that could join
/// (marks, joiners, jamo, flags) is still measured cluster by cluster.
@Suite("Width of text whose scalars stand alone")
struct StandaloneScalarWidthTests {
    /// Every block the scalar-by-scalar measure accepts, with its edges and a few scalars in between.
    static let standalone: [Unicode.Scalar] = [
        0x00, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x41, 0x7E, 0x7F, 0x85, 0x9F, 0xA0, 0xA9, 0xAD, 0xAE, 0xB7, 0xE9,
        0x2C7, 0x2FF, 0x2010, 0x2014, 0x2022, 0x2026, 0x2027, 0x2500, 0x251C, 0x2514, 0x25A0, 0x25FD, 0x25FF,
        0x3000, 0x3001, 0x3002, 0x3029, 0x3400, 0x4DBF, 0x4E00, 0x56FE, 0x9986, 0x9FFF, 0xFF01, 0xFF0C, 0xFF60,
    ].map { Unicode.Scalar(UInt32($0))! }

    /// Scalars that join a neighbour or lie outside the accepted blocks.
    static let joining: [Unicode.Scalar] = [
        0x300, 0x301, 0x200D, 0xFE0F, 0x1100, 0x1161, 0x11A8, 0x302A, 0x1F1E8, 0x1F1F3, 0x1F600, 0x2028, 0xAC00,
        0xFF9E, 0x20000,
    ].map { Unicode.Scalar(UInt32($0))! }

    private static func clusterSum(_ text: String, _ ambiguous: AmbiguousWidth) -> Int {
        text.reduce(0) { $0 + $1.displayWidth(ambiguous: ambiguous) }
    }

    @Test("Each accepted scalar on its own measures as its cluster does")
    func singleScalars() {
        for ambiguous in [AmbiguousWidth.narrow, .wide] {
            for scalar in Self.standalone {
                let text = String(Character(scalar))
                #expect(text.displayWidth(ambiguous: ambiguous) == Self.clusterSum(text, ambiguous), "U+\(String(scalar.value, radix: 16))")
            }
        }
    }

    @Test("Every scalar's column width is what the generated tables give, ideographs and cached blocks included")
    func columnWidthsAgreeWithTables() {
        for ambiguous in [AmbiguousWidth.narrow, .wide] {
            for value in UInt32(0x300)...0x3FFFF {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let width = scalar.columnWidth(ambiguous: ambiguous)
                let table = scalar.tableWidthKind.columns(ambiguous: ambiguous)
                if width != table { Issue.record("U+\(String(value, radix: 16)): \(width), tables say \(table)") }
            }
        }
        for value in Array(UInt32(0x3400)...0x4DBF) + Array(UInt32(0x4E00)...0x9FFF) {
            #expect(Unicode.Scalar(value)!.tableWidthKind == .wide)
        }
    }

    @Test("Random text of accepted and joining scalars measures as the sum of its clusters", arguments: Array(UInt64(1)...40))
    func randomText(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        for _ in 0..<50 {
            let mixesJoining = Bool.random(using: &random)
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...12, using: &random) {
                let pool = mixesJoining && Int.random(in: 0..<4, using: &random) == 0 ? Self.joining : Self.standalone
                scalars.append(pool.randomElement(using: &random)!)
            }
            let text = String(scalars)
            for ambiguous in [AmbiguousWidth.narrow, .wide] {
                #expect(text.displayWidth(ambiguous: ambiguous) == Self.clusterSum(text, ambiguous), "\(text.debugDescription)")
                AmbiguousWidth.$current.withValue(ambiguous) {
                    #expect(text[...].displayWidth == Self.clusterSum(text, ambiguous), "\(text.debugDescription)")
                }
            }
        }
    }
}
