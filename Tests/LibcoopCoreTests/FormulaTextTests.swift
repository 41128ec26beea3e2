import LibcoopCore
import Testing

/// The `'` export puts before a formula-like cell, and import takes off again.
@Suite struct FormulaTextTests {
    @Test func onlyTheQuoteBeforeAFormulaIsTakenOff() {
        #expect(FormulaText.restored("'=1+1") == "=1+1")
        #expect(FormulaText.restored("'+SUM(1,2)") == "+SUM(1,2)")
        #expect(FormulaText.restored("'@A1") == "@A1")
        #expect(FormulaText.restored("'quoted") == "'quoted")
        #expect(FormulaText.restored("'-1") == "'-1", "a number was never neutralised")
        #expect(FormulaText.restored("'") == "'")
        #expect(FormulaText.restored("=1+1") == "=1+1")
        #expect(FormulaText.neutralised("'=x") == "''=x", "a literal quote and formula keeps its quote")
        #expect(FormulaText.restored("''=x") == "'=x")
        for text in ["=1+1", "-2+3", "@A1", "'quoted", "-1", "张庆文", "'=x"] {
            #expect(FormulaText.restored(FormulaText.neutralised(text)) == text, "\(text)")
        }
    }
}
