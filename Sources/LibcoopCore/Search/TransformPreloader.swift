import Foundation

/// Loads ICU's Han-Latin and Traditional-Simplified transforms on a background thread.
///
/// The first transform ICU runs in a process costs about a tenth of a second while it reads its
/// rules; every later call is cached. A command that will build a search index calls `start()`
/// before it reads the dataset, so that cost is paid on the other core while the file is decoded.
public enum TransformPreloader {
    /// Starts the preload, once per process; later calls do nothing. Never waits.
    public static func start() {
        _ = started
    }

    private static let started: Void = {
        Thread.detachNewThread {
            _ = "焦".applyingTransform(.toLatin, reverse: false)
            _ = "張".applyingTransform(StringTransform("Traditional-Simplified"), reverse: false)
        }
    }()
}
