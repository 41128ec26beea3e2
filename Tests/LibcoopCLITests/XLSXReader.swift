import Foundation
import LibcoopTestSupport
import Testing

/// An `.xlsx` file as an independent reader (Python's openpyxl, through Tests/xlsx/read_xlsx.py)
/// sees it. scripts/setup.sh (part of the test command) installs openpyxl; without it these tests
/// fail rather than skip.
struct XLSXReader {
    struct Sheet {
        var name: String
        var freeze: String?
        var headerBold: Bool
        var widths: [String: Double]
        /// Each row's cells as text (a number cell as its digits, an empty cell as ""), trailing
        /// empty cells dropped.
        var rows: [[String]]
        /// The cells openpyxl read as numbers, by row and column.
        var numberCells: Set<[Int]>
    }

    var title: String?
    var sheets: [Sheet]

    /// Reads `path`; records a test failure and returns nil when openpyxl cannot read it.
    static func read(_ path: String) throws -> XLSXReader? {
        let result = try run([RepositoryFiles.path("Tests/xlsx/read_xlsx.py"), path])
        guard result.status == 0 else {
            Issue.record("openpyxl could not read \(path): \(result.error)")
            return nil
        }
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let sheets = try #require(root["sheets"] as? [[String: Any]])
        return XLSXReader(title: root["title"] as? String, sheets: try sheets.map { sheet in
            let rows = try #require(sheet["rows"] as? [[Any]])
            var numbers: Set<[Int]> = []
            let texts = rows.enumerated().map { rowIndex, row in
                var cells = row.enumerated().map { column, value -> String in
                    switch value {
                    case let text as String: return text
                    case let number as NSNumber:
                        numbers.insert([rowIndex, column])
                        return number.stringValue
                    default: return ""
                    }
                }
                while cells.last == "" { cells.removeLast() }
                return cells
            }
            return Sheet(
                name: try #require(sheet["name"] as? String), freeze: sheet["freeze"] as? String,
                headerBold: sheet["header_bold"] as? Bool ?? false,
                widths: (sheet["widths"] as? [String: Double]) ?? [:], rows: texts, numberCells: numbers
            )
        })
    }

    private static func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }
}
