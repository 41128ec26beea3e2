import ArgumentParser
import LibcoopRender
import LibcoopSpreadsheet

/// What `report` and `export` share for `--format xlsx`: refusing to print a binary workbook
/// on a terminal, and the workbook's bytes.
enum XLSXOutput {
    /// Refuses (status 64, before any work) when the workbook would go to standard output and
    /// standard output is a terminal: a workbook is binary and would garble the screen. A pipe
    /// or a redirected standard output is fine.
    static func refuseTerminal(_ destination: OutputFileOptions) throws {
        let toStandardOutput = destination.output == nil || destination.output == "-"
        guard toStandardOutput && StandardStreams.outputIsTerminal else { return }
        StandardStreams.writeError("libcoop: an .xlsx workbook is binary and is not printed on a terminal; give --output FILE.xlsx or redirect standard output\n")
        throw ExitCode(ExitStatus.usage)
    }

    /// The workbook's bytes; a failure to put it together is said on standard error (status 73).
    static func bytes(_ workbook: XLSXWriter.Workbook) throws -> [UInt8] {
        do {
            return try XLSXWriter.bytes(workbook)
        } catch {
            StandardStreams.writeError("libcoop: cannot write the workbook: \(TerminalText.sanitized("\(error)"))\n")
            throw ExitCode(ExitStatus.cannotCreate)
        }
    }
}
