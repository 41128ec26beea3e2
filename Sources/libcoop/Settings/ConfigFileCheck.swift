import ArgumentParser

/// The check every command passes before it runs: a bad config file prints each problem to
/// standard error and exits 78 (EX_CONFIG); unknown keys are printed as warnings.
enum ConfigFileCheck {
    static func exitIfBad() {
        switch ConfigFile.current {
        case .failure(let error):
            StandardStreams.writeError(error.messages.map { "libcoop: \($0)\n" }.joined())
            Libcoop.exit(withError: ExitCode(ExitStatus.configuration))
        case .success(let file):
            if let file, !file.warnings.isEmpty {
                StandardStreams.writeError(file.warnings.map { "libcoop: warning: \($0)\n" }.joined())
            }
        }
    }
}
