/// Exit statuses, following sysexits(3) so scripts can tell bad input from bad data.
enum ExitStatus {
    /// Nothing matched (like grep).
    static let noMatch: Int32 = 1
    /// The command line was wrong.
    static let usage: Int32 = 64
    /// The data was read but is invalid.
    static let dataError: Int32 = 65
    /// An input file cannot be opened.
    static let noInput: Int32 = 66
    /// An output file cannot be created.
    static let cannotCreate: Int32 = 73
    /// Writing the output failed (standard output on a full disk, an I/O error).
    static let ioError: Int32 = 74
    /// A file changed underneath a command that was about to write it; try again.
    static let temporaryFailure: Int32 = 75
    /// The config file is bad (syntax, a wrong type or value, unreadable): EX_CONFIG.
    static let configuration: Int32 = 78
}
