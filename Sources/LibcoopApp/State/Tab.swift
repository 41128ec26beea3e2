/// The tabs on the right of the browser, for the selected library, in the order of keys `1`–`5`.
public enum Tab: Int, Sendable, Hashable, CaseIterable {
    case overview, floors, staff, programs, linkage

    /// The tab's title in `language`.
    func title(_ language: Language) -> String {
        switch self {
        case .overview: language.pick("概况", "Overview")
        case .floors: language.pick("楼层", "Floors")
        case .staff: language.pick("人员", "Staff")
        case .programs: language.pick("项目", "Programs")
        case .linkage: language.pick("联动", "Linkage")
        }
    }
}
