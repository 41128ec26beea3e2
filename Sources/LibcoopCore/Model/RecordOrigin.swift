/// Where a top-level record was read from: which input file, and its index in that file's array.
///
/// Kept so that problems found after loading (a dangling reference, a duplicate id) can be reported
/// at `file:line:column` without storing a location for every field.
public struct RecordOrigin: Hashable, Sendable {
    /// Index into the loader's list of input files.
    public var file: Int32
    /// Position of the record in its array (`/staff/3` has index 3).
    public var index: Int32

    public init(file: Int32, index: Int32) {
        self.file = file
        self.index = index
    }

    /// A record built in memory rather than read from a file.
    public static let synthetic = RecordOrigin(file: -1, index: -1)
}
