/// Why a dataset could not be loaded: every problem found, in file order.
public struct DatasetLoadError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// True when a file could not be opened at all, rather than being opened and found wrong;
    /// the two have different exit codes (66 and 65).
    public var isUnreadable: Bool {
        diagnostics.contains { $0.code == .unreadable }
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
