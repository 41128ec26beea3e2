/// libcoop's version: the one place it is written (`libcoop --version` prints it). Raise it when
/// a release changes what users see (commands, options, exit statuses, the dataset format).
enum LibcoopVersion {
    static let number = "0.1.0"
}
