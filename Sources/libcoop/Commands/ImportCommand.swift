import ArgumentParser
import Foundation
import LibcoopCore
import LibcoopRender
import LibcoopSpreadsheet

/// `libcoop import staff|spaces FILE --library L`: reads a staff roster or a room list from a CSV
/// file (UTF-8, UTF-8 with BOM or GB18030, detected) or an .xlsx workbook, and adds or updates the
/// library's records. A dry run unless `--write` (see `DatasetImport` for the matching).
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add or update a library's staff or rooms from a CSV file or an .xlsx workbook.",
        discussion: """
            The first row names the columns, in Chinese or English: for staff 姓名/name, 英文姓名/name_en, \
            部门/department, 职务/title (and their English forms); for spaces 楼层/floor, 名称/name, \
            英文名称/name_en, 类型/kind, 状态/status, 备注/notes (docs/data-format.md lists every header \
            accepted). Other columns are reported and not imported. A person is matched by name within \
            the library, a room by name on its floor: a match is updated (empty cells change nothing), \
            anything else is added with an id made from its name's pinyin. So importing the same file \
            twice changes nothing the second time.

            Without --write nothing is written: the command prints what it would add and change. Rows \
            it cannot take (no name, a name given twice, an unknown floor or kind) are listed with their \
            row numbers as the spreadsheet shows them, and then nothing is written at all. CSV is read as \
            UTF-8 when it is valid UTF-8, else as GB18030 (GBK), as Excel and WPS save it on Chinese \
            Windows; --encoding says which. An .xlsx workbook's first sheet is read.

            Exit status: 0 done (or nothing to do), 1 no such library, 64 usage (including the bundled \
            sample with --write), 65 bad rows or a result that would not be valid, 66 a file that \
            cannot be read, 75 a dataset file that changed on disk.
            """
    )

    @Argument(help: ArgumentHelp("What the rows are: staff or spaces.", valueName: "kind"), completion: .list(["staff", "spaces"]))
    var kind: ImportKind

    @Argument(help: ArgumentHelp("The CSV file or .xlsx workbook to read.", valueName: "file"), completion: .file(extensions: ["csv", "xlsx"]))
    var file: String

    @Option(help: ArgumentHelp("The library the rows belong to (an id or a name).", valueName: "library"), completion: .libraries)
    var library: String

    @Option(help: ArgumentHelp("The CSV file's encoding: utf-8 or gb18030. Default: detected.", valueName: "encoding"), completion: .list(["utf-8", "gb18030"]))
    var encoding: SpreadsheetTextEncoding?

    @Option(name: .customLong("source"), help: ArgumentHelp(
        "A source id new records cite; repeat for several. Default for staff: the library's sources.", valueName: "id"
    ))
    var sources: [String] = []

    @Flag(help: "Write the changes to the dataset (default: only show them).")
    var write = false

    @OptionGroup var data: DataOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        if write && data.files.isEmpty && (environment["LIBCOOP_DATA"] ?? "").isEmpty {
            StandardStreams.writeError(
                "libcoop: the bundled sample dataset is read-only; to import into your records, name your dataset file with --data FILE or LIBCOOP_DATA=FILE\n"
            )
            throw ExitCode(ExitStatus.usage)
        }
        let sheet = try readSheet()
        let paths = try data.resolvedPaths()
        let dataset = try data.load()
        let target = try LibraryFilter.library(named: library, in: dataset)
        let rows = sheet.rows.rows.map { ImportRow(number: $0.number, cells: $0.cells) }
        let plan = DatasetImport.plan(kind, rows: rows, into: target, of: dataset, paths: paths, sources: sources.isEmpty ? nil : sources)
        let report = ImportReport(plan: plan, file: file, encoding: sheet.encoding, rowCount: max(0, sheet.rows.rows.filter { !$0.isBlank }.count - 1))
        guard plan.problems.isEmpty else {
            StandardStreams.writeError(report.problems)
            throw ExitCode(ExitStatus.dataError)
        }
        guard plan.resultProblems.isEmpty else {
            StandardStreams.writeError("libcoop: the dataset would not be valid after this import; nothing was written:\n")
            DiagnosticPrinter.printToStandardError(plan.resultProblems)
            throw ExitCode(ExitStatus.dataError)
        }
        StandardStreams.write(report.summary(written: write))
        guard write, plan.hasChanges else {
            if plan.hasChanges { StandardStreams.write("Dry run: nothing was written. Run again with --write to apply.\n") }
            return
        }
        do {
            try plan.write()
        } catch {
            StandardStreams.writeError("libcoop: \(TerminalText.sanitized(error.description))\n")
            if case .changedOnDisk = error { throw ExitCode(ExitStatus.temporaryFailure) }
            throw ExitCode(ExitStatus.cannotCreate)
        }
        StandardStreams.write("Wrote \(plan.changedPaths.map(TerminalText.sanitized).joined(separator: ", ")).\n")
    }

    /// The sheet's rows and, for CSV, the encoding it was read in.
    private func readSheet() throws -> (rows: SpreadsheetRows, encoding: SpreadsheetTextEncoding?) {
        let shownFile = TerminalText.sanitized(file)
        guard let contents = FileManager.default.contents(atPath: file), !isDirectory(file) else {
            StandardStreams.writeError("libcoop: \(shownFile): cannot read the file\n")
            throw ExitCode(ExitStatus.noInput)
        }
        let bytes = [UInt8](contents)
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || file.lowercased().hasSuffix(".xlsx") {
            do {
                return (try XLSXReader.rows(ofFile: file), nil)
            } catch {
                StandardStreams.writeError("libcoop: \(shownFile): \(TerminalText.sanitized(error.description))\n")
                throw ExitCode(ExitStatus.dataError)
            }
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            StandardStreams.writeError("libcoop: \(shownFile): an old Excel .xls workbook; save it as .xlsx or CSV and import that\n")
            throw ExitCode(ExitStatus.dataError)
        }
        do {
            let decoded = try SpreadsheetTextEncoding.decode(bytes, as: encoding)
            return (try CSVReader.rows(of: decoded.text), decoded.encoding)
        } catch let error as SpreadsheetTextEncoding.DecodingError {
            StandardStreams.writeError("libcoop: \(shownFile): \(error.description)\n")
            throw ExitCode(ExitStatus.dataError)
        } catch {
            StandardStreams.writeError("libcoop: \(shownFile): \(error)\n")
            throw ExitCode(ExitStatus.dataError)
        }
    }

    private func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

extension ImportKind: ExpressibleByArgument {}

extension SpreadsheetTextEncoding: ExpressibleByArgument {
    public init?(argument: String) {
        switch argument.lowercased() {
        case "utf-8", "utf8": self = .utf8
        case "gb18030", "gbk", "gb2312": self = .gb18030
        default: return nil
        }
    }
}
