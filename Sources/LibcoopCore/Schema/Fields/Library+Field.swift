extension Library {
    /// The members of a library record.
    public enum Field: String, RecordField {
        case id
        case name
        case nameEnglish = "name_en"
        case tier
        case city
        case district
        case pairedWith = "paired_with"
        case address
        case floors
        case spacesWithoutFloor = "spaces_without_floor"
        case notes
        case sources

        public static let recordType = RecordType.library
        public static let table = FieldTable(Self.self)

        public var declaration: FieldDeclaration {
            switch self {
            case .id: .required(.identifier, "编号", "ID")
            case .name: .required(.text, "名称", "Name")
            case .nameEnglish: .optional(.text, "英文名称", "English name")
            case .tier: .required(.choice(Tier.allCases.map(\.rawValue)), "级别", "Tier")
            case .city: .optional(.text, "城市", "City")
            case .district: .optional(.text, "区县", "District")
            case .pairedWith: .optional(.reference(.library), "结对馆", "Paired with")
            case .address: .optional(.text, "地址", "Address")
            case .floors: .optional(.records(.floor), "楼层", "Floors")
            case .spacesWithoutFloor: .optional(.records(.space), "楼层不详的空间", "Spaces without a floor")
            case .notes: .optional(.multilineText, "备注", "Notes")
            case .sources: .required(.references([.source]), "来源", "Sources")
            }
        }
    }
}
