import Glibc
import LibcoopApp
import LibcoopCore
import LibcoopSpreadsheet

/// Performs the browser's `x` (`BrowserEffect.export`) for the runtime: the table of the records
/// the request names, built as `libcoop export` builds it (`RecordTable`), written in the format
/// of the path's extension to a temporary file renamed into place (`AtomicFileWriter`). An
/// existing file is replaced only when the user said so; a device, a FIFO or a directory is
/// never written from the browser. Nothing is printed: the outcome goes to the status line.
enum BrowserTableExport {
    static func perform(_ request: TableExport, data: BrowserData) -> TableExport.Outcome {
        let language = request.language
        var status = stat()
        if stat(request.path, &status) == 0 {
            guard (status.st_mode & S_IFMT) == S_IFREG else {
                return .failed(language.pick("\(request.path) 不是普通文件", "\(request.path) is not a regular file"))
            }
            if !request.replacing { return .exists(request) }
        }
        let (tables, rows) = self.tables(request, dataset: data.dataset)
        let bytes: [UInt8]
        do {
            switch request.format {
            case .csv: bytes = try OutputEncoding.utf8.bytes(CSVWriter.text(tables), byteOrderMark: true)
            case .md: bytes = Array(MarkdownWriter.text(tables).utf8)
            case .xlsx:
                let sheets = tables.map { $0.worksheet(named: $0.title ?? "") }
                bytes = try XLSXWriter.bytes(XLSXWriter.Workbook(sheets: sheets))
            }
            let file = try AtomicFileWriter(path: request.path)
            try file.write(bytes)
            try file.commit()
        } catch {
            return .failed("\(error)")
        }
        return .written(path: request.path, rows: rows)
    }

    /// The tables of the request (one; two for the timeline: its events and its phases), each
    /// titled with its kind when there are two, and how many records they hold.
    static func tables(_ request: TableExport, dataset: Dataset) -> ([SpreadsheetTable], Int) {
        var dataset = dataset
        if let ids = request.ids.map(Set.init) {
            dataset.events = dataset.events.filter { ids.contains($0.id) }
            dataset.phases = dataset.phases.filter { ids.contains($0.id) }
        }
        let selection = ExportSelection(dataset: dataset, library: request.libraryID)
        let builder = RecordTable(index: DatasetIndex(dataset), language: request.language)
        let kinds: [ExportKind]
        switch request.table {
        case .spaces: kinds = [.spaces]
        case .staff: kinds = [.staff]
        case .programs: kinds = [.programs]
        case .timeline: kinds = [.events, .phases]
        }
        var tables = kinds.map { builder.table($0, of: selection) }
        if tables.count > 1 {
            for (position, kind) in kinds.enumerated() { tables[position].title = kind.sheetName(request.language) }
        }
        return (tables, tables.reduce(0) { $0 + $1.rows.count })
    }
}
