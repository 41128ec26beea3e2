import Testing
@testable import LibcoopRender

/// The two glyph sets: every ASCII stand-in is ASCII (so a terminal that draws ambiguous
/// characters wide still lines up), and each set draws every mark, the document mark included.
@Suite struct GlyphsTests {
    private static func marks(_ glyphs: Glyphs) -> [(String, String)] {
        Mirror(reflecting: glyphs).children.compactMap { child in
            (child.value as? String).map { (child.label ?? "?", $0) }
        }
    }

    @Test func everyAsciiStandInIsAscii() {
        for (name, mark) in Self.marks(.ascii) {
            #expect(!mark.isEmpty && mark.unicodeScalars.allSatisfy(\.isASCII), "\(name): \(mark)")
        }
    }

    @Test func theDocumentMarkDiffersFromTheEventMarkInBothSets() {
        for glyphs in [Glyphs.unicode, Glyphs.ascii] {
            #expect(glyphs.document != glyphs.barEvent && glyphs.document != glyphs.barFull, "\(glyphs.document)")
            #expect(glyphs.document.displayWidth == 1)
        }
        #expect(Glyphs.unicode.document == "◆" && Glyphs.ascii.document == "#")
    }
}
