/// A snapshot that cannot be read back: cut short, a number out of range, a text position or a
/// choice that does not exist. The cache then drops the snapshot and loads the dataset file.
struct SnapshotCorruption: Error, Equatable {
    var reason: String
}
