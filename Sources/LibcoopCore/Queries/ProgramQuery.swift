/// Selects programs by library and year.
public enum ProgramQuery {
    /// Programs that `library` leads or partners in (any when `nil`) and that ran during `year`
    /// (any when `nil`; a program without dates matches no year). In dataset order.
    public static func programs(in dataset: Dataset, library: String? = nil, year: Int? = nil) -> [Program] {
        dataset.programs.filter { program in
            if let library, !program.libraries.contains(library) { return false }
            if let year { return runs(program, in: year) }
            return true
        }
    }

    /// Whether `program`'s dates put it in `year`: from its start (or end) year to its end year, or
    /// on with no end while it is `running`. A program without dates runs in no year.
    public static func runs(_ program: Program, in year: Int) -> Bool {
        guard let first = program.start?.year ?? program.end?.year else { return false }
        let last = program.end?.year ?? (program.status == .running ? Int.max : first)
        return (first...max(first, last)).contains(year)
    }
}
