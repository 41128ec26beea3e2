/// The version of the dataset format this libcoop reads and writes (the document's `format`).
public enum DatasetFormat {
    public static let version = "libcoop/1"
}
