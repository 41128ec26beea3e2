/// Selects programs by library and year.
public enum ProgramQuery {
    /// Programs that `library` leads or partners in (any when `nil`) and that ran during `year`
    /// (any when `nil`; a program without dates matches no year). In dataset order.
    public static func programs(in dataset: Dataset, library: String? = nil, year: Int? = nil) -> [Program] {
        dataset.programs.filter { program in
            if let library, !program.libraries.contains(library) { return false }
            if let year {
                guard let first = program.start?.year ?? program.end?.year else { return false }
                let last = program.end?.year ?? (program.status == .running ? Int.max : first)
                return (first...max(first, last)).contains(year)
            }
            return true
        }
    }
}
