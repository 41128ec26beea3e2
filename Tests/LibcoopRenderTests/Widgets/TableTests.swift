import LibcoopTestSupport
import Testing
@testable import LibcoopRender

@Suite("Table")
struct TableTests {
    let columns = [
        TableColumn("编号", width: .fit()),
        TableColumn("分馆", width: .fill(1)),
        TableColumn("人次", width: .fit(), alignment: .trailing),
    ]
    let rows = [
        TableRow(texts: ["1", "市图书馆", "120"]),
        TableRow(texts: ["2", "第3分馆 Branch 3", "8"]),
        TableRow(texts: ["3", "Café e\u{301}tudiant 📚", "1 024"]),
    ]

    @Test("Columns are sized by display width and Chinese stays aligned")
    func aligned() {
        var state = TableState(selected: 1)
        let grid = renderGrid(width: 30, height: 4) {
            $0.render(Table(columns: columns, rows: rows), in: $0.area, state: &state)
        }
        expectScreen(grid, [
            "编号 分馆                 人次",
            "1    市图书馆              120",
            "2    第3分馆 Branch 3        8",
            "3    Café e\u{301}tudiant 📚    1 024",
        ])
        #expect(grid.styleLines { $0.attributes.contains(.reverse) }[2] == String(repeating: "#", count: 30))
    }

    @Test("Narrow tables cut cells with an ellipsis")
    func narrow() {
        var state = TableState()
        let grid = renderGrid(width: 16, height: 4) {
            $0.render(Table(columns: columns, rows: rows), in: $0.area, state: &state)
        }
        expectScreen(grid, [
            "编号 分馆   人次",
            "1    市图…   120",
            "2    第3…      8",
            "3    Café… 1 024",
        ])
    }

    @Test("Column widths: fixed, fit within bounds, fill takes the rest")
    func widths() {
        let table = Table(columns: [
            TableColumn("日期", width: .fixed(10)),
            TableColumn("名称", width: .fit(min: 2, max: 6)),
            TableColumn("备注", width: .fill(1)),
        ], rows: [TableRow(texts: ["2024-01-01", "图书馆合作项目", "x"])])
        #expect(table.columnWidths(totalWidth: 40) == [10, 6, 22])
        #expect(table.columnWidths(totalWidth: 15) == [10, 3, 0])
    }

    @Test("A steady column is as wide as the widest it will ever show, whatever rows it has now, within its bounds; too narrow for that, it is fit")
    func steadyWidths() {
        func table(_ width: ColumnWidth, _ name: String) -> Table {
            Table(columns: [TableColumn("名", width: width), TableColumn("备注", width: .fill(1))], rows: [TableRow(texts: [name, "x"])])
        }
        #expect(table(.steady(widest: 8, min: 2, max: 12), "张三").columnWidths(totalWidth: 40)[0] == 8)
        #expect(table(.steady(widest: 8, min: 2, max: 12), "欧阳娜娜").columnWidths(totalWidth: 40)[0] == 8)
        #expect(table(.steady(widest: 30, min: 2, max: 12), "张三").columnWidths(totalWidth: 40)[0] == 12)
        #expect(table(.fit(min: 2, max: 12), "张三").columnWidths(totalWidth: 40)[0] == 4, "fit follows the rows given")
        for total in [4, 6, 8] {
            #expect(table(.steady(widest: 8, min: 2, max: 12), "张三").columnWidths(totalWidth: total)
                    == table(.fit(min: 2, max: 12), "张三").columnWidths(totalWidth: total), "at \(total)")
        }
    }

    @Test("Renders at every small width without breaking a character", arguments: Array(1...24))
    func everyWidth(width: Int) {
        var state = TableState(selected: 2)
        let grid = renderGrid(width: width, height: 5) {
            $0.render(Table(columns: columns, rows: rows, block: Block(title: "记录")), in: $0.area, state: &state)
        }
        checkGridInvariants(grid)
    }
}
